"""Reads openapi/cloudpirates.yaml into a small intermediate form every emitter shares.

Nothing here knows a target language: names are given in the API's camelCase and as
snake_case / PascalCase helpers; each emitter picks its own casing from those.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "cloudpirates.yaml"


def snake(name: str) -> str:
    """`workspaceMemberId` -> `workspace_member_id`, `webAuthnKeyId` -> `web_authn_key_id`."""
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    return s.replace("-", "_").lower()


def pascal(name: str) -> str:
    """`update_role` / `api_keys` / `updateRole` -> `UpdateRole` / `ApiKeys`."""
    parts = re.split(r"[_.\-]", snake(name))
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def camel(name: str) -> str:
    """`update_role` -> `updateRole`."""
    p = pascal(name)
    return p[:1].lower() + p[1:]


@dataclass
class TypeRef:
    """A field's type: a scalar, a named schema, an array, or free-form JSON."""

    kind: str  # string | integer | number | boolean | datetime | json | ref | array
    ref: Optional[str] = None
    items: Optional["TypeRef"] = None

    def __str__(self) -> str:
        if self.kind == "ref":
            return self.ref or ""
        if self.kind == "array":
            return f"[{self.items}]"
        return self.kind


@dataclass
class Field:
    """One property of a model, or one query/path parameter."""

    name: str  # as on the wire (camelCase)
    type: TypeRef
    required: bool
    description: str = ""
    enum_values: list[str] = field(default_factory=list)
    secret: bool = False  # x-secret: never printed by Debug, repr, toString, description, inspect
    aliases: list[str] = field(default_factory=list)  # x-aliases: other names a server may use

    @property
    def snake(self) -> str:
        return snake(self.name)


@dataclass
class Model:
    """A component schema: an object with fields, a string enum, or an open JSON object."""

    name: str
    kind: str  # object | enum | open
    description: str = ""
    fields: list[Field] = field(default_factory=list)
    values: list[str] = field(default_factory=list)  # enum values
    strict: bool = False  # additionalProperties: false (request bodies)


@dataclass
class Response:
    """The success response of an operation."""

    status: int
    kind: str  # model | list | empty | binary | json
    model: Optional[str] = None


# Lists whose paging was "unknown" in the first release and became documented (catalogue 5.4,
# src/billing/invoices.md). Their first signatures took no page parameters and must keep working.
PAGING_ADDED_LATER = frozenset({
    "auth.sessions.list", "auth.challenges.list", "auth.webauthn.list", "auth.api_keys.list",
    "workspaces.list", "workspaces.members.list", "clusters.list", "observability.list_resources",
    "observability.list_namespaced_resources", "applications.list", "applications.logs",
})


@dataclass
class Operation:
    """One operation of the API."""

    id: str  # dotted name, e.g. workspaces.members.update_role
    method: str  # GET | POST | PUT | DELETE
    path: str  # relative to the base URL (no /v1), e.g. /workspaces/{workspaceId}
    summary: str
    description: str
    auth: str  # none | bearer | any | signed-url
    paging: str  # yes | no | unknown
    path_params: list[Field]
    query_params: list[Field]  # every query parameter except limit/offset
    body: Optional[str]  # request model name
    response: Response
    created_id_field: Optional[str] = None
    issues_tokens: bool = False
    never_answers: Optional[str] = None  # x-never-answers: the docs say no handler answers
    lookup_key: Optional[str] = None  # x-lookup-key: unique request field to find a created id by
    read_back: Optional[str] = None  # x-read-back: `field[key]` of the parent's read that lists the created item

    @property
    def paging_added_later(self) -> bool:
        """A list first shipped without page parameters (its paging was undocumented): every
        language keeps that page-less signature and adds paging beside it."""
        return self.id in PAGING_ADDED_LATER

    @property
    def service(self) -> str:
        return self.id.split(".")[0]

    @property
    def groups(self) -> list[str]:
        """Sub-resource segments between the service and the method name."""
        return self.id.split(".")[1:-1]

    @property
    def name(self) -> str:
        return self.id.split(".")[-1]

    @property
    def resource_path(self) -> list[str]:
        """Service then sub-resources: ["workspaces", "members"]."""
        return self.id.split(".")[:-1]

    @property
    def is_list(self) -> bool:
        return self.response.kind == "list"

    def body_fields(self, spec: "Spec") -> list[tuple[Field, bool]]:
        """The request body's fields as method parameters, required ones first, each with
        True when the field repeats a path parameter (its value then comes from the path)."""
        if not self.body or spec.models[self.body].kind != "object":
            return []
        path_names = {p.name for p in self.path_params}
        fields = sorted(spec.models[self.body].fields, key=lambda f: not f.required)
        return [(f, f.name in path_names) for f in fields]


@dataclass
class Spec:
    """The whole description."""

    models: dict[str, Model]
    operations: list[Operation]
    raw: dict

    def resources(self) -> list[list[str]]:
        """Every resource path (service and nested groups) in order of first appearance."""
        seen: list[list[str]] = []
        for op in self.operations:
            rp = op.resource_path
            for i in range(1, len(rp) + 1):
                if rp[:i] not in seen:
                    seen.append(rp[:i])
        return seen

    def ops_of(self, resource: list[str]) -> list[Operation]:
        return [op for op in self.operations if op.resource_path == resource]

    def field_secrecy(self) -> dict[str, bool]:
        """Every field name of the models, with whether the OpenAPI file marks it `x-secret`
        anywhere (what generated printing hides; the core's `is_secret_name` must agree)."""
        names: dict[str, bool] = {}
        for m in self.models.values():
            for f in m.fields:
                names[f.name] = names.get(f.name, False) or f.secret
        return names

    def children_of(self, resource: list[str]) -> list[list[str]]:
        return [r for r in self.resources() if len(r) == len(resource) + 1 and r[: len(resource)] == resource]


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _type(schema: dict) -> TypeRef:
    if "$ref" in schema:
        return TypeRef("ref", ref=_ref_name(schema["$ref"]))
    t = schema.get("type")
    if t == "array":
        return TypeRef("array", items=_type(schema.get("items", {})))
    if t == "string":
        return TypeRef("datetime" if schema.get("format") == "date-time" else "string")
    if t in ("integer", "number", "boolean"):
        return TypeRef(t)
    return TypeRef("json")


def _model(name: str, schema: dict) -> Model:
    desc = (schema.get("description") or "").strip()
    if schema.get("type") == "string" and "enum" in schema:
        return Model(name, "enum", desc, values=list(schema["enum"]))
    props = schema.get("properties") or {}
    if schema.get("type") == "object" and not props:
        return Model(name, "open", desc)
    required = set(schema.get("required") or [])
    fields = [
        Field(k, _type(v), k in required, (v.get("description") or "").strip(), list(v.get("enum") or []),
              bool(v.get("x-secret")), list(v.get("x-aliases") or []))
        for k, v in props.items()
    ]
    return Model(name, "object", desc, fields=fields, strict=schema.get("additionalProperties") is False)


def _response(op: dict) -> Response:
    for code in sorted(op.get("responses", {})):
        if not str(code).startswith("2"):
            continue
        r = op["responses"][code]
        content = r.get("content") or {}
        if not content:
            return Response(int(code), "empty")
        if "application/pdf" in content or "application/octet-stream" in content:
            return Response(int(code), "binary")
        schema = content.get("application/json", {}).get("schema", {})
        if "$ref" in schema:
            return Response(int(code), "model", _ref_name(schema["$ref"]))
        if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
            return Response(int(code), "list", _ref_name(schema["items"]["$ref"]))
        return Response(int(code), "json")
    raise ValueError(f"{op.get('operationId')}: no success response")


def _auth(op: dict) -> str:
    if op.get("x-signed-url"):
        return "signed-url"
    sec = op.get("security")
    names = {k for req in (sec or []) for k in req}
    if not names:
        return "none"
    return "bearer" if names == {"Bearer"} else "any"


def _paging(op: dict) -> str:
    v = op.get("x-paginated")
    return "yes" if v is True else "no" if v is False else "unknown"


ERRORS_PATH = ROOT / "tools" / "codegen" / "errors.yaml"


def load_errors(path: Path = ERRORS_PATH) -> dict:
    """The error contract: `classes` (name, parent, status, doc) and the `fields` of the record
    every class carries."""
    return yaml.safe_load(path.read_text())


def load(path: Path = SPEC_PATH) -> Spec:
    raw = yaml.safe_load(path.read_text())
    models = {n: _model(n, s) for n, s in raw["components"]["schemas"].items()}
    ops: list[Operation] = []
    for p, item in raw["paths"].items():
        for method in ("get", "post", "put", "delete"):
            if method not in item:
                continue
            o = item[method]
            params = (item.get("parameters") or []) + (o.get("parameters") or [])
            path_params = [
                Field(x["name"], _type(x.get("schema", {})), True, (x.get("description") or "").strip())
                for x in params if x["in"] == "path"
            ]
            order = re.findall(r"{(\w+)}", p)
            path_params.sort(key=lambda f: order.index(f.name))
            query = [
                Field(x["name"], _type(x.get("schema", {})), bool(x.get("required")), (x.get("description") or "").strip())
                for x in params if x["in"] == "query" and x["name"] not in ("limit", "offset")
            ]
            body = None
            rb = o.get("requestBody")
            if rb:
                schema = rb["content"]["application/json"]["schema"]
                body = _ref_name(schema["$ref"])
            rel = p[3:] if p.startswith("/v1/") else p
            ops.append(Operation(
                id=o["operationId"], method=method.upper(), path=rel,
                summary=(o.get("summary") or "").strip(), description=(o.get("description") or "").strip(),
                auth=_auth(o), paging=_paging(o), path_params=path_params, query_params=query,
                body=body, response=_response(o),
                never_answers=(o.get("x-never-answers") or None), lookup_key=(o.get("x-lookup-key") or None),
                read_back=(o.get("x-read-back") or None),
            ))
    by_path = {op.path: op for op in ops}
    for op in ops:
        resp = models.get(op.response.model or "")
        field_names = {f.name for f in resp.fields} if resp else set()
        op.issues_tokens = {"accessToken", "refreshToken"} <= field_names
        if op.method == "POST" and resp is not None:
            child = [q for q in ops if re.fullmatch(re.escape(op.path) + r"/\{(\w+)\}", q.path)]
            if child:
                param = re.fullmatch(re.escape(op.path) + r"/\{(\w+)\}", child[0].path).group(1)
                op.created_id_field = param if param in field_names else ("id" if "id" in field_names else None)
    return Spec(models, ops, raw)


if __name__ == "__main__":
    s = load()
    for op in s.operations:
        print(op.id, op.method, op.path, op.auth, op.paging, op.body, op.response, op.created_id_field, op.issues_tokens,
              [str(q.type) for q in op.query_params])
