"""The gRPC entrypoint: server assembly, interceptors (one per concern) and thin servicers."""
