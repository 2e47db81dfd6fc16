# ipaddress: parsing, reprs, arithmetic, classification, networks, interfaces and errors.
import ipaddress as ip


def show(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = ip.ip_address('192.0.2.1')
b = ip.ip_address(3221225986)
c = ip.IPv4Address(b'\xc0\x00\x02\x03')
print(a, repr(b), c, int(a), a.packed, a.version, a.max_prefixlen, a.compressed, a.exploded)
print(a + 5, a - 1, a < b, a == ip.IPv4Address('192.0.2.1'), sorted([c, a, b]), hash(a) == hash(ip.ip_address('192.0.2.1')))
print(a.reverse_pointer, format(a, 'b'), format(a, '#x'), format(a, '_X'), format(a, 'n'), f'{a:>20s}|')
for text in ['127.0.0.1', '10.1.2.3', '8.8.8.8', '224.0.0.1', '169.254.1.1', '0.0.0.0', '240.0.0.1',
             '100.64.0.1', '255.255.255.255', '192.168.1.1']:
    x = ip.ip_address(text)
    print(text, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_link_local,
          x.is_reserved, x.is_unspecified)

v6 = ip.ip_address('2001:DB8::0:1')
print(v6, repr(v6), v6.exploded, v6.compressed, v6.packed, v6.version, int(v6))
print(ip.ip_address('::'), ip.ip_address('::1'), ip.ip_address('1::'), ip.ip_address('1:0:0:2:0:0:0:3'),
      ip.ip_address('0:0:1:0:0:0:0:0'), ip.ip_address('::ffff:192.0.2.128'))
print(ip.ip_address('::ffff:192.0.2.128').ipv4_mapped, ip.ip_address('2002:c000:0204::1').sixtofour,
      ip.ip_address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
print(ip.ip_address('fe80::1%eth0'), repr(ip.ip_address('fe80::1%eth0')), ip.ip_address('fe80::1%eth0').scope_id)
print(ip.ip_address('fe80::1%1') == ip.ip_address('fe80::1'), v6.reverse_pointer)
print(format(ip.ip_address('::1'), '#_x'), format(ip.ip_address('::1'), 'n'))
for text in ['::1', '::', 'fe80::1', 'ff02::1', '2001:db8::1', '2606:4700::1111', 'fec0::1', '::ffff:10.0.0.1']:
    x = ip.ip_address(text)
    print(text, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_link_local,
          x.is_reserved, x.is_unspecified, x.is_site_local)

for bad in ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '01.2.3.4', '1.2.3.a', '1.2.3.1234', '1..2.3',
            '1.2.3.4/24', 'foo', ':', '1:2', '1::2::3', ':1:2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7',
            '12345::', 'g::', '1:2:3:4:5:6:7::8', 'fe80::1%', -1, 2 ** 128, b'\x00' * 5]:
    show(ip.ip_address, bad)
for bad in ['1.2.3.4.5', '1.2.3', '-1', 'x']:
    show(ip.IPv4Address, bad)
show(ip.IPv4Address, 2 ** 32)
show(ip.IPv6Address, b'abc')
show(ip.IPv6Address, '1::2::3')

net = ip.ip_network('192.0.2.0/28')
print(net, repr(net), net.network_address, net.broadcast_address, net.netmask, net.hostmask, net.prefixlen)
print(net.num_addresses, net.with_prefixlen, net.with_netmask, net.with_hostmask, net[0], net[-1], net[3])
print(list(net.hosts())[:3], len(list(net.hosts())), list(net)[-1], a in net, ip.ip_address('192.0.2.20') in net)
print(list(net.subnets()), list(net.subnets(new_prefix=30)))
print(net.supernet(), net.supernet(new_prefix=20), list(ip.ip_network('10.0.0.0/30').hosts()))
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.7/32').hosts()))
print(ip.ip_network('192.0.2.0/255.255.255.0'), ip.ip_network('192.0.2.0/0.0.0.255'), ip.ip_network(('10.0.0.0', 8)))
print(ip.ip_network('192.0.2.77/24', strict=False), ip.ip_network('10.0.0.0/8').overlaps(ip.ip_network('10.5.0.0/16')))
print(list(ip.ip_network('192.0.2.0/28').address_exclude(ip.ip_network('192.0.2.1/32'))))
print(ip.ip_network('10.1.0.0/16').subnet_of(ip.ip_network('10.0.0.0/8')), ip.ip_network('10.0.0.0/8').supernet_of(ip.ip_network('10.1.0.0/16')))
print(ip.ip_network('10.0.0.0/8').compare_networks(ip.ip_network('10.0.0.0/16')), sorted([ip.ip_network('10.0.0.0/16'), ip.ip_network('10.0.0.0/8'), ip.ip_network('9.0.0.0/8')]))
print(ip.ip_network('10.0.0.0/8').is_private, ip.ip_network('100.64.0.0/10').is_global, ip.ip_network('224.0.0.0/4').is_multicast)
v6net = ip.ip_network('2001:db8::/126')
print(v6net, v6net.exploded, v6net.num_addresses, list(v6net.hosts()), v6net.broadcast_address, v6net.hostmask)
print(list(ip.ip_network('2001:db8::/32').subnets(prefixlen_diff=2)), ip.ip_network('2001:db8::/32').supernet())
for bad in [('192.0.2.1/24',), ('192.0.2.0/33',), ('192.0.2.0/255.0.255.0',), ('192.0.2.0/24/1',),
            ('10.0.0.0/-1',), ('2001:db8::1/64',), ('2001:db8::/129',), ('nope',), ('10.0.0.0/ 8',)]:
    show(ip.ip_network, *bad)
show(lambda: list(net.subnets(prefixlen_diff=5)))
show(lambda: list(net.subnets(new_prefix=20)))
show(lambda: net.supernet(new_prefix=30))
show(lambda: net[16])
show(lambda: list(net.address_exclude(ip.ip_network('10.0.0.0/8'))))
show(lambda: ip.ip_network('10.0.0.0/8') < ip.ip_network('::/0'))

iface = ip.ip_interface('192.0.2.5/24')
print(iface, repr(iface), iface.ip, iface.network, iface.netmask, iface.hostmask, iface.with_prefixlen)
print(iface.with_netmask, iface.with_hostmask, iface == ip.ip_interface('192.0.2.5/24'), iface == ip.ip_interface('192.0.2.5/25'))
v6if = ip.ip_interface('2001:db8::5/64')
print(v6if, v6if.ip, v6if.network, v6if.exploded, v6if.with_netmask)
show(ip.ip_interface, 'bogus')

print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25'),
                                  ip.ip_address('192.0.3.1'), ip.ip_address('192.0.3.0')])))
print(sorted([ip.ip_network('10.0.0.0/8'), ip.ip_address('9.0.0.1'), ip.ip_address('10.0.0.1')], key=ip.get_mixed_type_key))
show(lambda: list(ip.summarize_address_range(ip.IPv4Address('10.0.0.5'), ip.IPv4Address('10.0.0.1'))))
show(lambda: ip.ip_address('1.2.3.4') < ip.ip_address('::1'))
print(ip.v4_int_to_packed(3221225985), ip.v6_int_to_packed(1))
show(ip.v4_int_to_packed, 2 ** 32)
print({ip.ip_address('1.1.1.1'): 'a', ip.ip_network('1.1.1.0/24'): 'b'}[ip.ip_address('1.1.1.1')])
for bad in ['', '1.2.3.256', '01.2.3.4', '1.2.3.a', '1.2.3.1234', '1..2.3', '1.2.3.4/24', '１.2.3.4']:
    show(ip.IPv4Address, bad)
for bad in ['', ':', '1:2', '1::2::3', ':1:2::3', '1:2::3:', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7',
            '12345::', 'g::', '1:2:3:4:5:6:7::8', 'fe80::1%', '::1.2.3.256', '1:2:3:4:5:6:7:8/1', '::%a%b']:
    show(ip.IPv6Address, bad)
for bad in ['10.0.0.0/255.0.255.0', '10.0.0.0/33', '10.0.0.0/x']:
    show(ip.IPv4Network, bad)
show(ip.IPv6Network, '::/ff::')
