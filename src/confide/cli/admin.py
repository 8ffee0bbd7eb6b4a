"""Foundation commands: init, serve, tenants, keys, audit."""
