"""Checks for openapi/cloudpirates.yaml (the single source of truth of the SDK).

Run: python3 -m pytest tests/spec -q
Needs: pip install openapi-spec-validator pyyaml pytest
"""
import os
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "cloudpirates.yaml"
TSV_CANDIDATES = [
    Path(os.environ["CLOUDPIRATES_OPERATIONS_TSV"]) if os.environ.get("CLOUDPIRATES_OPERATIONS_TSV") else None,
    ROOT / "openapi" / "operations.tsv",
]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SECURITY = {
    "none": [],
    "signed-url": [],
    "bearer": [{"Bearer": []}],
    "any": [{"ApiKey": []}, {"Bearer": []}],
}
PAGINATED = {"yes": True, "no": False, "unknown": "unknown"}
# Request bodies that are the raw WebAuthn browser JSON, passed through unchanged.
OPEN_BODIES = {"WebAuthnRegistrationRequest", "WebAuthnLoginRequest"}
# Schemas allowed to use anyOf/oneOf/type arrays (error bodies only).
ERROR_SCHEMAS = {"ValidationError", "BusinessRuleError", "ErrorBody"}
PAGE_HEADERS = {"x-Total", "x-Limit", "x-Offset", "Link"}


@pytest.fixture(scope="module")
def spec():
    with open(SPEC) as f:
        return yaml.safe_load(f)


@pytest.fixture(scope="module")
def rows():
    path = next((p for p in TSV_CANDIDATES if p is not None and p.is_file()), None)
    if path is None:
        pytest.fail("operations.tsv not found: set CLOUDPIRATES_OPERATIONS_TSV to its path")
    out = []
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        op, method, p, auth, pag, status = line.split("\t")
        out.append(dict(op=op, method=method.lower(), path=p, auth=auth, pag=pag, status=status))
    return out


def operations(spec):
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec, ref):
    assert ref.startswith("#/"), f"external $ref not allowed: {ref}"
    node = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        assert isinstance(node, dict) and part in node, f"unresolvable $ref {ref}"
        node = node[part]
    return node


def walk(node, path=""):
    if isinstance(node, dict):
        yield path, node
        for k, v in node.items():
            yield from walk(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}/{i}")


def test_spec_is_valid_openapi_31(spec):
    from openapi_spec_validator import validate

    assert spec["openapi"] == "3.1.0"
    assert spec["servers"] == [{"url": "https://api.cloudpirates.io"}]
    validate(spec)


def test_operations_match_tsv(spec, rows):
    got = {(o["operationId"], m, p) for p, m, o in operations(spec)}
    want = {(r["op"], r["method"], r["path"]) for r in rows}
    assert len(rows) == 72
    assert got == want, f"missing: {sorted(want - got)}; extra: {sorted(got - want)}"


def test_operation_ids_unique(spec):
    ids = [o["operationId"] for _, _, o in operations(spec)]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, dupes


def test_every_ref_resolves(spec):
    for where, node in walk(spec):
        if "$ref" in node:
            resolve(spec, node["$ref"])


def test_auth_paging_status_match_tsv(spec, rows):
    by_id = {o["operationId"]: o for _, _, o in operations(spec)}
    for r in rows:
        o = by_id[r["op"]]
        assert o.get("security") == SECURITY[r["auth"]], r["op"]
        assert (o.get("x-signed-url") is True) == (r["auth"] == "signed-url"), r["op"]
        assert o.get("x-paginated") == PAGINATED[r["pag"]], r["op"]
        assert o.get("x-status") == r["status"], r["op"]
        assert o.get("tags") and o.get("summary"), r["op"]
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKey"]["type"] == "apiKey"
    assert schemes["ApiKey"]["in"] == "header" and schemes["ApiKey"]["name"] == "Authorization"
    assert "ApiKey <" in schemes["ApiKey"]["description"]
    assert schemes["Bearer"] == {**schemes["Bearer"], "type": "http", "scheme": "bearer"}


def test_parameters(spec, rows):
    by_id = {o["operationId"]: (p, o) for p, _, o in operations(spec)}
    for r in rows:
        path, o = by_id[r["op"]]
        params = o.get("parameters", [])
        in_path = [p["name"] for p in params if p["in"] == "path"]
        assert in_path == re.findall(r"\{([^}]+)\}", path), r["op"]
        for p in params:
            assert "$ref" not in p
            assert p["schema"].get("type") in ("string", "integer", "boolean", "number"), (r["op"], p["name"])
            if p["in"] == "path":
                assert p["required"] is True and p["schema"]["type"] == "string"
        query = {p["name"]: p for p in params if p["in"] == "query"}
        if r["pag"] == "yes":
            assert query["limit"]["schema"] == {"type": "integer", "minimum": 1, "default": 20}, r["op"]
            assert query["offset"]["schema"] == {"type": "integer", "minimum": 0, "default": 0}, r["op"]
        else:
            assert "limit" not in query and "offset" not in query, r["op"]


def test_request_bodies_are_strict_refs(spec):
    schemas = spec["components"]["schemas"]

    def check_strict(name, seen):
        if name in seen:
            return
        seen.add(name)
        s = schemas[name]
        assert s.get("type") == "object", name
        assert s.get("additionalProperties") is False, f"{name} must be strict"
        assert s.get("required"), f"{name} needs a required list"
        for req in s["required"]:
            assert req in s.get("properties", {}), (name, req)
        for prop in s.get("properties", {}).values():
            ref = prop.get("$ref") or prop.get("items", {}).get("$ref")
            if ref:
                target = ref.rsplit("/", 1)[1]
                if schemas[target].get("type") == "object":
                    check_strict(target, seen)

    for path, method, o in operations(spec):
        body = o.get("requestBody")
        if not body:
            continue
        schema = body["content"]["application/json"]["schema"]
        assert set(schema) == {"$ref"}, f"{o['operationId']}: body must be a $ref"
        name = schema["$ref"].rsplit("/", 1)[1]
        if name in OPEN_BODIES:
            s = schemas[name]
            assert s["type"] == "object" and s["additionalProperties"] is True
            continue
        check_strict(name, set())


def test_success_responses_follow_conventions(spec, rows):
    by_id = {o["operationId"]: o for _, _, o in operations(spec)}
    for r in rows:
        o = by_id[r["op"]]
        ok = {c: v for c, v in o["responses"].items() if str(c).startswith("2")}
        assert len(ok) == 1, r["op"]
        code, resp = next(iter(ok.items()))
        if r["method"] == "delete":
            assert code == "204" and "content" not in resp, r["op"]
            continue
        content = resp["content"]
        if r["op"] == "billing.invoices.download_pdf":
            assert content == {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}
            continue
        schema = content["application/json"]["schema"]
        if schema.get("type") == "array":
            assert set(schema["items"]) == {"$ref"}, r["op"]
            headers = resp.get("headers", {})
            if r["pag"] in ("yes", "unknown"):
                assert set(headers) == PAGE_HEADERS, r["op"]
                for h in headers.values():
                    assert h["required"] is (r["pag"] == "yes"), r["op"]
        else:
            assert set(schema) == {"$ref"}, r["op"]
        for c, v in o["responses"].items():
            if not str(c).startswith("2"):
                assert set(v) == {"$ref"} and v["$ref"].startswith("#/components/responses/"), (r["op"], c)
        for c in ("429", "500", "502", "503", "504"):
            assert c in o["responses"], (r["op"], c)
        if r["auth"] in ("bearer", "any"):
            assert "401" in o["responses"], r["op"]


def test_component_schemas_follow_conventions(spec):
    """What tools/codegen relies on (docs/ARCHITECTURE.md, 'Spec conventions')."""
    scalars = {"string", "integer", "number", "boolean"}

    def prop_ok(p):
        if set(p) == {"$ref"}:
            return True
        t = p.get("type")
        if t in scalars:
            return p.get("format") in (None, "date-time")
        if t == "object":
            return p.get("additionalProperties") is True and "properties" not in p
        if t == "array":
            return prop_ok(p["items"])
        return False

    for name, s in spec["components"]["schemas"].items():
        assert "allOf" not in s and "nullable" not in s, name
        if name in ERROR_SCHEMAS:
            continue
        if "enum" in s:
            assert s["type"] == "string", name
            assert all(v == v.upper() for v in s["enum"]), name
            continue
        assert s["type"] == "object", name
        assert "anyOf" not in s and "oneOf" not in s, name
        for pname, p in s.get("properties", {}).items():
            assert prop_ok(p), f"{name}.{pname}"
            assert "enum" not in p, f"{name}.{pname}: enums must be named schemas"


def test_error_responses(spec):
    responses = spec["components"]["responses"]
    for name in ("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "UnprocessableEntity",
                 "TooManyRequests", "InternalServerError", "NotImplemented", "BadGateway",
                 "ServiceUnavailable", "GatewayTimeout"):
        assert name in responses
    bad = responses["BadRequest"]["content"]["application/json"]["schema"]
    alts = bad.get("anyOf") or bad.get("oneOf")
    refs = {a.get("$ref") or a.get("items", {}).get("$ref") + "[]" for a in alts}
    assert refs == {"#/components/schemas/ValidationError", "#/components/schemas/ValidationError[]",
                    "#/components/schemas/BusinessRuleError"}
    for op in ("clusters.create", "applications.create"):
        o = next(o for _, _, o in operations(spec) if o["operationId"] == op)
        assert "501" in o["responses"], op


def test_every_decision_is_on_record(spec):
    """docs/api-fidelity.md names every operation and schema whose choice the spec records."""
    text = (ROOT / "docs" / "api-fidelity.md").read_text()
    missing = []
    for _, _, o in operations(spec):
        if any(k.startswith("x-decision") for k in o):
            if f"`{o['operationId']}`" not in text:
                missing.append(o["operationId"])
    for name, schema in spec["components"]["schemas"].items():
        if "DECISION" in (schema.get("description") or "") and f"`{name}`" not in text:
            missing.append(name)
    assert not missing, f"not in docs/api-fidelity.md: {missing}"


# Paths of the team's reference folder beside the checkout, built at run time (its name reversed)
# so that this file does not itself name them.
_REFERENCE = "derahs"[::-1]
OUTSIDE = (".." + "/" + _REFERENCE, _REFERENCE + "/api/")


def test_the_repo_stands_alone():
    """No build, test, script or doc points outside the repository."""
    bad = []
    for path in ROOT.rglob("*"):
        rel = path.relative_to(ROOT)
        if any(p in {"target", "node_modules", ".git", "dist", ".venv"} or p.startswith(".venv") for p in rel.parts):
            continue
        if not path.is_file() or path.suffix not in {".md", ".py", ".sh", ".rs", ".ts", ".mjs", ".cjs", ".kt", ".swift", ".toml", ".json", ".yaml", ".yml", ".xml"}:
            continue
        text = path.read_text(errors="replace")
        if any(needle in text for needle in OUTSIDE):
            bad.append(str(rel))
    assert not bad, f"files pointing outside the repo: {bad}"
