from __future__ import annotations
import __future__

def f(x: int, y: Undefined) -> List[str]:
    return x
print(f.__annotations__, f(3))
class C:
    attr: Dict[str, Tuple[int, ...]] = {}
print(C.__annotations__)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, 'annotations' in __future__.__all__)
