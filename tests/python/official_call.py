#!/usr/bin/env python3
"""Make one API call through Alibaba Cloud's official Python SDK.

Used as a reference peer in tests: point --endpoint at a local capture server
and compare the request it receives with the one our Rust SDK sends.

    official_call.py --endpoint http://127.0.0.1:PORT --product resourcemanager \
        --action ListResourceGroups --params '{"PageSize":10,"Tag":[{"Key":"k","Value":"v"}]}'

--params uses wire names (as in the API docs), nested for struct lists.
Prints one JSON line: {"ok": true, "status_code": N, "response": {...}} or
{"ok": false, "error": "...", "code": ..., "data": ...}. Exit status: 0 for a
call that reached the SDK (including service errors), 1 for transport or
other runtime failures, 2 for usage errors / bad input.
"""
import argparse
import json
import os
import sys
from urllib.parse import urlsplit

PRODUCTS = {
    "resourcemanager": "alibabacloud_resourcemanager20200331",
    "sts": "alibabacloud_sts20150401",
}


def usage_error(msg):
    print(f"official_call.py: error: {msg}", file=sys.stderr)
    sys.exit(2)


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--endpoint", required=True, help="http://host:port (or host:port)")
    p.add_argument("--product", required=True, choices=sorted(PRODUCTS))
    p.add_argument("--action", required=True, help="API name, e.g. ListResourceGroups")
    p.add_argument("--params", default="{}", help="JSON object with wire-name keys")
    p.add_argument("--signature", choices=["v3", "v1"], default="v3",
                   help="v3: SDK default ACS3-HMAC-SHA256; v1: RPC HMAC-SHA1 query signature")
    p.add_argument("--access-key-id", default="testAccessKeyId")
    p.add_argument("--access-key-secret", default="testAccessKeySecret")
    p.add_argument("--security-token")
    # Test aids: pin the per-request random values so signatures are reproducible.
    p.add_argument("--nonce", help="fixed x-acs-signature-nonce / SignatureNonce")
    p.add_argument("--timestamp", help="fixed x-acs-date / Timestamp, e.g. 2021-01-01T00:00:00Z")
    return p.parse_args()


def find_method(client, action):
    """Map 'SendVerificationCodeForBindSecureMobilePhone' to the client's
    send_verification_code_for_bind_secure_mobile_phone_with_options."""
    want = action.lower() + "withoptions"
    for name in dir(client):
        if name.replace("_", "").lower() == want and not name.endswith("_async"):
            return getattr(client, name)
    return None


def main():
    args = parse_args()
    try:
        params = json.loads(args.params)
    except ValueError as e:
        usage_error(f"--params is not valid JSON: {e}")
    if not isinstance(params, dict):
        usage_error("--params must be a JSON object")

    url = urlsplit(args.endpoint if "://" in args.endpoint else "http://" + args.endpoint)
    if not url.netloc:
        usage_error(f"bad --endpoint {args.endpoint!r}")

    # The capture server is local: never route through a proxy from the environment.
    for var in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        os.environ.pop(var, None)

    import importlib
    from alibabacloud_tea_openapi.utils import Utils
    from alibabacloud_tea_openapi.utils_models import Config
    from darabonba.runtime import RuntimeOptions
    from darabonba.exceptions import ResponseException

    if args.nonce:
        Utils.get_nonce = staticmethod(lambda: args.nonce)
    if args.timestamp:
        Utils.get_timestamp = staticmethod(lambda: args.timestamp)

    pkg = PRODUCTS[args.product]
    client_mod = importlib.import_module(pkg + ".client")
    models = importlib.import_module(pkg + ".models")

    config = Config(
        access_key_id=args.access_key_id,
        access_key_secret=args.access_key_secret,
        security_token=args.security_token,
        endpoint=url.netloc,          # sent as the Host header, incl. port
        protocol=url.scheme,          # overrides the operation's 'HTTPS'
        region_id="cn-hangzhou",
        connect_timeout=2000,
        read_timeout=5000,
        # tea-openapi 0.4.x: signature_algorithm 'v2' selects the legacy
        # do_rpcrequest path (HMAC-SHA1, Signature in the query); otherwise
        # do_request signs with signature_algorithm or 'ACS3-HMAC-SHA256'.
        signature_algorithm="v2" if args.signature == "v1" else None,
    )
    # retry_options stays None -> darabonba makes exactly one attempt.
    client = client_mod.Client(config)
    runtime = RuntimeOptions(autoretry=False, max_attempts=0)

    method = find_method(client, args.action)
    if method is None:
        usage_error(f"{args.product} has no action {args.action!r}")

    request_cls = getattr(models, args.action + "Request", None)
    if request_cls is None:  # e.g. STS GetCallerIdentity takes no request
        if params:
            usage_error(f"{args.action} takes no parameters")
        call = lambda: method(runtime)
    else:
        # The *_with_options method itself converts json/simple-style params
        # into its *ShrinkRequest, so the plain request takes the wire dict.
        try:
            request = request_cls().from_map(params)
            known = request.to_map()
        except Exception as e:
            usage_error(f"bad --params for {args.action}: {type(e).__name__}: {e}")
        unknown = sorted(k for k, v in params.items() if v is not None and k not in known)
        if unknown:
            usage_error(f"unknown parameter(s) for {args.action}: {', '.join(unknown)}")
        call = lambda: method(request, runtime)

    try:
        resp = call()
    except ResponseException as e:  # error status from the server (4xx/5xx)
        out = {"ok": False, "error": f"{type(e).__name__}: {e.message}",
               "code": e.code, "data": e.data}
        print(json.dumps(out, default=str))
        return 0
    except Exception as e:  # transport failures and the like
        print(json.dumps({"ok": False, "error": f"{type(e).__name__}: {e}",
                          "code": None, "data": None}, default=str))
        return 1

    print(json.dumps({"ok": True, "status_code": resp.status_code,
                      "response": resp.body.to_map() if resp.body else None}, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
