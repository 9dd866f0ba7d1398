"""Converters between protobuf messages and domain models; protobuf types stop here."""
