"""MIMEBase: the base class of the MIME message classes."""

import email.policy
from email import message

__all__ = ['MIMEBase']


class MIMEBase(message.Message):

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        """A message with Content-Type `_maintype/_subtype` (+ parameters) and MIME-Version."""
        if policy is None:
            policy = email.policy.compat32
        message.Message.__init__(self, policy=policy)
        ctype = '%s/%s' % (_maintype, _subtype)
        self.add_header('Content-Type', ctype, **_params)
        self['MIME-Version'] = '1.0'
