"""Entrypoints: the gRPC server and its servicers."""
