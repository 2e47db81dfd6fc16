"""FeedParser and BytesFeedParser (they live in email.parser in Sharpy)."""

from email.parser import FeedParser, BytesFeedParser

__all__ = ['FeedParser', 'BytesFeedParser']
