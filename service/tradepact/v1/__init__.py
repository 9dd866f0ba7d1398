"""Generated protobuf and gRPC code for tradepact.v1 (scripts/gen_protos.sh); never edit by hand."""
