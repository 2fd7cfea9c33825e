"""HTTP sessions for every outside call (`net.http`) and the network settings they obey
(`net.endpoints`: connect-to overrides, CA bundle)."""
