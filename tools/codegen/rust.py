"""Rust emitter: models, the operation table and the typed service methods of the core."""
from __future__ import annotations

from spec import Model, Operation, Spec, TypeRef, pascal, snake

HEADER = "// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.\n"
CORE = "crates/core/src"
KEYWORDS = {"type", "ref", "self", "match", "mod", "use", "fn", "impl", "struct", "enum", "loop", "move", "where", "async", "await", "dyn", "final", "box", "in"}


def ident(name: str) -> str:
    s = snake(name)
    return f"r#{s}" if s in KEYWORDS else s


def doc(text: str, indent: str = "") -> str:
    lines = [l.rstrip() for l in (text or "").strip().splitlines()] or [""]
    return "".join(f"{indent}///{(' ' + l) if l else ''}\n" for l in lines)


def rtype(t: TypeRef) -> str:
    return {
        "string": "String",
        "datetime": "String",
        "integer": "i64",
        "number": "f64",
        "boolean": "bool",
        "json": "serde_json::Value",
    }.get(t.kind) or (f"Vec<{rtype(t.items)}>" if t.kind == "array" else t.ref)


def emit_model(m: Model) -> str:
    desc = m.description or f"The `{m.name}` model."
    if m.kind == "open":
        return HEADER + "\n" + doc(desc) + f"pub type {m.name} = serde_json::Map<String, serde_json::Value>;\n"
    imports = "Serialize" if m.kind == "object" and not m.strict else "{Deserialize, Serialize}"
    out = [HEADER, f"\nuse serde::{imports};\n\n", "#[allow(unused_imports)]\nuse super::*;\n\n"]
    if m.kind == "enum":
        variants = [(pascal(v.lower()), v) for v in m.values]
        out.append(doc(desc))
        out.append("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]\n#[non_exhaustive]\n")
        out.append(f"pub enum {m.name} {{\n")
        for var, wire in variants:
            out.append(f"    /// `{wire}`\n    #[serde(rename = \"{wire}\")]\n    {var},\n")
        out.append("    /// A value this version of the SDK does not know.\n    #[serde(other)]\n    Unknown,\n}\n\n")
        out.append(f"impl {m.name} {{\n    /// Every known value.\n    pub const ALL: &'static [{m.name}] = &[{', '.join(f'{m.name}::{v}' for v, _ in variants)}];\n\n")
        out.append("    /// The value on the wire.\n    pub fn as_str(&self) -> &'static str {\n        match self {\n")
        for var, wire in variants:
            out.append(f"            {m.name}::{var} => \"{wire}\",\n")
        out.append(f"            {m.name}::Unknown => \"UNKNOWN\",\n        }}\n    }}\n}}\n\n")
        out.append(f"impl std::fmt::Display for {m.name} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        f.write_str(self.as_str())\n    }}\n}}\n\n")
        out.append(f"impl std::str::FromStr for {m.name} {{\n    type Err = crate::Error;\n\n    /// Parses a wire value (exact, UPPERCASE).\n    fn from_str(s: &str) -> Result<Self, Self::Err> {{\n        match s {{\n")
        for var, wire in variants:
            out.append(f"            \"{wire}\" => Ok({m.name}::{var}),\n")
        allowed = ", ".join(m.values)
        out.append(f"            other => Err(crate::Error::invalid_input(format!(\"{{other:?}} is not a valid {m.name} (expected one of: {allowed})\"))),\n        }}\n    }}\n}}\n")
        return "".join(out)
    out.append(doc(desc))
    # Open models decode through `deserialize_open_model!` (one pass; `flatten` buffers twice).
    derives = "Serialize, Deserialize" if m.strict else "Serialize"
    # Debug is written out for every model: secret fields (x-secret) and secret-named unknown
    # fields print as a redaction marker, never their value.
    secret = True
    debug = ""
    out.append(f"#[derive({debug}Clone, PartialEq, {derives})]\n#[non_exhaustive]\n")
    out.append(f"pub struct {m.name} {{\n")
    for f in m.fields:
        out.append(doc(f.description or f"`{f.name}`", "    "))
        ty = rtype(f.type)
        if f.required:
            out.append(f"    #[serde(rename = \"{f.name}\")]\n    pub {ident(f.name)}: {ty},\n")
        else:
            out.append(f"    #[serde(rename = \"{f.name}\", default, skip_serializing_if = \"Option::is_none\")]\n    pub {ident(f.name)}: Option<{ty}>,\n")
    if not m.strict:
        out.append("    /// Fields this version of the SDK does not know, kept as the server sent them.\n")
        out.append("    #[serde(flatten)]\n    pub extra: serde_json::Map<String, serde_json::Value>,\n")
    out.append("}\n\n")
    if not m.strict:
        out.append(f"crate::open_model::deserialize_open_model!({m.name} {{\n")
        for f in m.fields:
            out.append(f"    {ident(f.name)}: \"{f.name}\" {'req' if f.required else 'opt'},\n")
        out.append("});\n\n")
    if secret:
        # Secret fields (x-secret) print as a redaction marker, never their value.
        out.append(f"impl std::fmt::Debug for {m.name} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n")
        out.append(f"        let mut d = f.debug_struct(\"{m.name}\");\n")
        for f in m.fields:
            if f.secret:
                shown = "&crate::REDACTED" if f.required else f"&self.{ident(f.name)}.as_ref().map(|_| crate::REDACTED)"
            else:
                shown = f"&self.{ident(f.name)}"
            out.append(f"        d.field(\"{ident(f.name)}\", {shown});\n")
        if not m.strict:
            out.append("        d.field(\"extra\", &crate::secret::RedactedExtra(&self.extra));\n")
        out.append("        d.finish()\n    }\n}\n\n")
    # Constructor from the required fields, setters for the optional ones.
    req = [f for f in m.fields if f.required]
    opt = [f for f in m.fields if not f.required]
    def arg(f):
        return f"{ident(f.name)}: impl Into<String>" if rtype(f.type) == "String" else f"{ident(f.name)}: {rtype(f.type)}"
    def val(f):
        return f"{ident(f.name)}: {ident(f.name)}.into()" if rtype(f.type) == "String" else ident(f.name)
    out.append(f"impl {m.name} {{\n    /// A value with the required fields set and the optional ones empty.\n")
    out.append(f"    pub fn new({', '.join(arg(f) for f in req)}) -> Self {{\n        {m.name} {{\n")
    for f in req:
        out.append(f"            {val(f)},\n")
    for f in opt:
        out.append(f"            {ident(f.name)}: None,\n")
    if not m.strict:
        out.append("            extra: serde_json::Map::new(),\n")
    out.append("        }\n    }\n")
    for f in opt:
        name = snake(f.name)
        out.append(f"\n    /// Sets `{f.name}`.\n    pub fn with_{name}(mut self, {arg(f).replace(ident(f.name) + ':', 'value:')}) -> Self {{\n")
        v = "value.into()" if rtype(f.type) == "String" else "value"
        out.append(f"        self.{ident(f.name)} = Some({v});\n        self\n    }}\n")
    out.append("}\n")
    if not req:
        out.append(f"\nimpl Default for {m.name} {{\n    fn default() -> Self {{\n        Self::new()\n    }}\n}}\n")
    if len(req) >= 2:
        out.append(builder(m, req, opt, arg, ident))
    return "".join(out)


def builder(m, req, opt, arg, ident) -> str:
    """A builder beside `new` for a model with several required fields: each field is set by
    name, so two strings cannot be swapped unnoticed; `build` names the required ones unset."""
    b = f"{m.name}Builder"
    first = req[0]
    example_args = "".join(f".{ident(f.name)}(\"...\")" for f in req if rtype(f.type) == "String")
    out = [f"\nimpl {m.name} {{\n"]
    out.append(f"    /// A builder that names each field (beside [`{m.name}::new`], which takes them in order).\n")
    if all(rtype(f.type) == "String" for f in req):
        out.append(f"    ///\n    /// ```\n    /// let v = cloudpirates::models::{m.name}::builder(){example_args}.build().unwrap();\n")
        out.append(f"    /// assert_eq!(v.{ident(first.name)}, \"...\");\n")
        out.append(f"    /// let missing = cloudpirates::models::{m.name}::builder().build().unwrap_err();\n")
        out.append(f"    /// assert!(missing.message().contains(\"{first.name}\"));\n    /// ```\n")
    out.append(f"    pub fn builder() -> {b} {{\n        {b}::default()\n    }}\n}}\n\n")
    out.append(f"/// Builds a [`{m.name}`] field by field; see [`{m.name}::builder`].\n")
    out.append(f"#[derive(Clone, Default)]\n#[must_use]\npub struct {b} {{\n")
    for f in m.fields:
        out.append(f"    {ident(f.name)}: Option<{rtype(f.type)}>,\n")
    out.append("}\n\n")
    out.append(f"impl std::fmt::Debug for {b} {{\n    /// Which fields are set; never their values.\n")
    out.append(f"    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        let mut d = f.debug_struct(\"{b}\");\n")
    for f in m.fields:
        out.append(f"        d.field(\"{ident(f.name)}\", &self.{ident(f.name)}.is_some());\n")
    out.append("        d.finish()\n    }\n}\n\n")
    out.append(f"impl {b} {{\n")
    for f in m.fields:
        what = "required" if f.required else "optional"
        a = arg(f).replace(ident(f.name) + ":", "value:")
        v = "value.into()" if rtype(f.type) == "String" else "value"
        out.append(f"    /// Sets `{f.name}` ({what}).\n    pub fn {ident(f.name)}(mut self, {a}) -> Self {{\n")
        out.append(f"        self.{ident(f.name)} = Some({v});\n        self\n    }}\n\n")
    out.append(f"    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.\n")
    out.append(f"    pub fn build(self) -> crate::Result<{m.name}> {{\n        let mut missing: Vec<&str> = Vec::new();\n")
    for f in req:
        out.append(f"        if self.{ident(f.name)}.is_none() {{\n            missing.push(\"{f.name}\");\n        }}\n")
    somes = ", ".join(f"Some({ident(f.name)})" for f in req)
    selfs = ", ".join(f"self.{ident(f.name)}" for f in req)
    out.append(f"        let ({somes}) = ({selfs}) else {{\n")
    out.append(f"            return Err(crate::Error::invalid_input(format!(\"{m.name}: required field(s) not set: {{}}\", missing.join(\", \"))));\n        }};\n")
    out.append(f"        Ok({m.name} {{\n")
    for f in req:
        out.append(f"            {ident(f.name)},\n")
    for f in opt:
        out.append(f"            {ident(f.name)}: self.{ident(f.name)},\n")
    if not m.strict:
        out.append("            extra: serde_json::Map::new(),\n")
    out.append("        })\n    }\n}\n")
    return "".join(out)


def const_name(op: Operation) -> str:
    return op.id.replace(".", "_").upper()


def _zero(t: TypeRef, spec: Spec):
    """The value a required response field takes when the server did not send it."""
    if t.kind in ("string", "datetime"):
        return ""
    if t.kind in ("integer", "number"):
        return 0
    if t.kind == "boolean":
        return False
    if t.kind == "array":
        return []
    if t.kind == "ref":
        m = spec.models[t.ref]
        if m.kind == "enum":
            return ""
        if m.kind == "open":
            return {}
        return _skeleton(m, spec)
    return None


def _skeleton(m: Model, spec: Spec) -> dict:
    return {f.name: _zero(f.type, spec) for f in m.fields if f.required}


def _rust_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def emit_operations(spec: Spec) -> str:
    import json

    out = [HEADER, "//! The table of every operation of the API.\n\n", "use crate::operation::{AuthRequirement, Method, Operation, OperationNotes, Paging};\n\n"]
    out.append("/// Every operation, in the order of the OpenAPI description.\npub static OPERATIONS: &[Operation] = &[\n")
    for op in spec.operations:
        auth = {"none": "None", "bearer": "Bearer", "any": "Any", "signed-url": "SignedUrl"}[op.auth]
        paging = {"yes": "Yes", "no": "No", "unknown": "Unknown"}[op.paging]
        params = ", ".join(f'"{p.name}"' for p in op.path_params)
        cid = f'Some("{op.created_id_field}")' if op.created_id_field else "None"
        out.append(
            f"    Operation {{ id: \"{op.id}\", method: Method::{op.method.capitalize()}, path: \"{op.path}\", "
            f"path_params: &[{params}], auth: AuthRequirement::{auth}, paging: Paging::{paging}, "
            f"created_id_field: {cid}, issues_tokens: {str(op.issues_tokens).lower()} }},\n"
        )
    out.append("];\n\n")
    out.append("/// What the description says of each operation beyond its route, index for index with\n/// [`OPERATIONS`].\npub(crate) static NOTES: &[OperationNotes] = &[\n")
    for op in spec.operations:
        m = spec.models.get(op.response.model or "")
        skeleton, fields = "None", "&[]"
        if op.method != "GET" and op.response.kind == "model" and m is not None and m.kind == "object":
            skeleton = f"Some({_rust_str(json.dumps(_skeleton(m, spec), separators=(',', ':')))})"
            fields = "&[" + ", ".join(f'"{f.name}"' for f in m.fields) + "]"
        elif op.method != "GET" and op.response.kind == "model" and m is not None and m.kind == "open":
            skeleton = 'Some("{}")'  # an open object (CommandResult): any object will do
        na = f"Some({_rust_str(op.never_answers)})" if op.never_answers else "None"
        lk = f'Some("{op.lookup_key}")' if op.lookup_key else "None"
        rb = f'Some("{op.read_back}")' if op.read_back else "None"
        aliases = "&[]"
        if skeleton != "None":
            pairs = [f'("{f.name}", &[' + ", ".join(f'"{a}"' for a in f.aliases) + "])" for f in m.fields if f.aliases]
            aliases = "&[" + ", ".join(pairs) + "]"
        out.append(f"    OperationNotes {{ skeleton: {skeleton}, response_fields: {fields}, aliases: {aliases}, never_answers: {na}, lookup_key: {lk}, read_back: {rb} }},\n")
    names = sorted({f.name for m in spec.models.values() for f in m.fields if f.secret})
    out.append("];\n\n/// Field names the description marks secret (`x-secret`).\npub(crate) static SECRET_FIELDS: &[&str] = &[" + ", ".join(f'"{n}"' for n in names) + "];\n")
    out.append("\n/// Index of each operation in [`OPERATIONS`].\n#[allow(dead_code)]\npub(crate) mod idx {\n")
    for i, op in enumerate(spec.operations):
        out.append(f"    pub const {const_name(op)}: usize = {i};\n")
    out.append("}\n")
    return "".join(out)


def struct_name(resource: list[str]) -> str:
    return "".join(pascal(r) for r in resource)


def params_struct(op: Operation) -> str | None:
    if not op.query_params:
        return None
    return pascal(op.id.replace(".", "_")) + "Params"


def scalar_to_string(ty: str, expr: str) -> str:
    return f"{expr}.clone()" if ty == "String" else f"{expr}.to_string()"


def emit_params(op: Operation) -> str:
    name = params_struct(op)
    out = [f"/// Query parameters of `{op.id}`.\n#[derive(Debug, Clone, Default, PartialEq)]\npub struct {name} {{\n"]
    for q in op.query_params:
        out.append(doc(q.description or f"`{q.name}`", "    ") + f"    pub {ident(q.name)}: Option<{rtype(q.type)}>,\n")
    if op.paging == "yes" and not op.paging_added_later:
        out.append("    /// Page size and offset.\n    pub page: PageParams,\n")
    out.append("}\n\n")
    out.append(f"impl {name} {{\n    fn to_query(&self) -> Vec<(String, String)> {{\n        let mut q = Vec::new();\n")
    for q in op.query_params:
        out.append(f"        if let Some(v) = &self.{ident(q.name)} {{\n            q.push((\"{q.name}\".to_owned(), {scalar_to_string(rtype(q.type), 'v')}));\n        }}\n")
    out.append("        q\n    }\n}\n\n")
    return "".join(out)


def emit_method(op: Operation) -> str:
    # A list whose paging was added later keeps its first, page-less signature and gains a
    # `<name>_page` method beside it (public APIs change by addition).
    legacy = op.paging == "yes" and op.paging_added_later
    paged_args = op.paging == "yes" and not legacy
    args = ["&self"] + [f"{ident(p.name)}: &str" for p in op.path_params]
    pstruct = params_struct(op)
    if pstruct:
        args.append(f"params: &{pstruct}")
    elif paged_args:
        args.append("page: PageParams")
    if op.body:
        args.append(f"body: &models::{op.body}")
    path_vec = "vec![" + ", ".join(f"{ident(p.name)}.to_owned()" for p in op.path_params) + "]"
    if pstruct:
        query = "{ let mut q = params.to_query(); params.page.push_query(&mut q); q }" if paged_args else "params.to_query()"
    elif paged_args:
        query = "{ let mut q = Vec::new(); page.push_query(&mut q); q }"
    else:
        query = "Vec::new()"
    body = "Some(body)" if op.body else "None"
    btype = f"models::{op.body}" if op.body else "()"
    r = op.response
    if r.kind == "model":
        ret, call = f"models::{r.model}", "call_json"
    elif r.kind == "list":
        ret, call = f"Page<models::{r.model}>", "call_page"
    elif r.kind == "empty":
        ret, call = "()", "call_empty"
    elif r.kind == "binary":
        ret, call = "bytes::Bytes", "call_bytes"
    else:
        ret, call = "serde_json::Value", "call_json"
    text = op.summary or op.id
    notes = [f"`{op.method} /v1{op.path}` (operation `{op.id}`)."]
    if op.auth == "bearer":
        notes.append("Needs a Bearer session; an API key is refused before anything is sent.")
    if op.paging == "unknown" and op.is_list:
        notes.append("Whether the server pages this list is not documented; page headers are read when present.")
    if legacy:
        notes.append(f"Asks for the server's default page; [`Self::{snake(op.name)}_page`] takes `limit`/`offset`.")
    if op.never_answers:
        notes.append(op.never_answers)
    d = text + ("\n\n" + op.description if op.description else "") + "\n\n" + " ".join(notes)
    out = [doc(d, "    ")]
    out.append(f"    pub async fn {ident(op.name)}({', '.join(args)}) -> Result<{ret}> {{\n")
    out.append(f"        let req = Client::request::<{btype}>({path_vec}, {query}, {body})?;\n")
    out.append(f"        self.client.{call}(&OPERATIONS[idx::{const_name(op)}], req).await\n    }}\n")
    if legacy:
        q0 = "params.to_query()" if pstruct else "Vec::new()"
        out.append(f"\n    /// One page of [`Self::{snake(op.name)}`]: `page` sets `limit` and `offset`.\n")
        out.append(f"    pub async fn {snake(op.name)}_page({', '.join(args + ['page: PageParams'])}) -> Result<{ret}> {{\n")
        out.append(f"        let mut q = {q0};\n        page.push_query(&mut q);\n")
        out.append(f"        let req = Client::request::<{btype}>({path_vec}, q, {body})?;\n")
        out.append(f"        self.client.{call}(&OPERATIONS[idx::{const_name(op)}], req).await\n    }}\n")
    if op.is_list:
        all_args = ["&self"] + [f"{ident(p.name)}: &str" for p in op.path_params]
        if pstruct:
            all_args.append(f"params: &{pstruct}")
            q = "params.to_query()"
            pg = "params.page" if paged_args else "PageParams::default()"
        elif paged_args:
            all_args.append("page: PageParams")
            q, pg = "Vec::new()", "page"
        else:
            q, pg = "Vec::new()", "PageParams::default()"
        out.append(f"\n    /// Every item of [`Self::{snake(op.name)}`], fetching pages lazily as the stream is polled.\n")
        out.append(f"    pub fn {snake(op.name)}_all({', '.join(all_args)}) -> BoxStream<'static, Result<models::{r.model}>> {{\n")
        out.append(f"        self.client.stream_all(&OPERATIONS[idx::{const_name(op)}], {path_vec}, {q}, {pg})\n    }}\n")
    return "".join(out)


def emit_service(spec: Spec, service: str) -> str:
    resources = [r for r in spec.resources() if r[0] == service]
    out = [HEADER, f"//! Operations of the `{service}` service.\n\n"]
    out.append("#![allow(unused_imports)]\n\nuse futures_util::stream::BoxStream;\n\nuse super::operations::{OPERATIONS, idx};\nuse crate::client::Client;\nuse crate::error::Result;\nuse crate::models;\nuse crate::pagination::{Page, PageParams};\n\n")
    for op in spec.operations:
        if op.service == service and params_struct(op):
            out.append(emit_params(op))
    out.append(f"impl Client {{\n    /// Operations of `{service}`.\n    pub fn {ident(service)}(&self) -> {struct_name([service])} {{\n        {struct_name([service])} {{ client: self.clone() }}\n    }}\n}}\n\n")
    for res in resources:
        name = struct_name(res)
        out.append(f"/// Operations of `{'.'.join(res)}`.\n#[derive(Debug, Clone)]\npub struct {name} {{\n    client: Client,\n}}\n\n")
        out.append(f"impl {name} {{\n")
        parts = []
        for child in spec.children_of(res):
            parts.append(f"    /// Operations of `{'.'.join(child)}`.\n    pub fn {ident(child[-1])}(&self) -> {struct_name(child)} {{\n        {struct_name(child)} {{ client: self.client.clone() }}\n    }}\n")
        for op in spec.ops_of(res):
            parts.append(emit_method(op))
        out.append("\n".join(parts))
        out.append("}\n\n")
    return "".join(out).rstrip() + "\n"


def emit_error_classes() -> str:
    import spec as spec_mod

    table = spec_mod.load_errors()
    out = [HEADER, "//! The SDK's error classes, from tools/codegen/errors.yaml (the same in every language).\n\n"]
    out.append("/// One class of the SDK's error contract, as every language names it.\n#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub struct ErrorClass {\n    /// The class name (`NotFoundError`).\n    pub name: &'static str,\n    /// Its parent class, `None` for the root.\n    pub parent: Option<&'static str>,\n    /// The HTTP status it stands for, if one.\n    pub status: Option<u16>,\n    /// What it means.\n    pub doc: &'static str,\n}\n\n")
    out.append("/// One field of the record every error class carries (`Error::to_json`).\n#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub struct ErrorField {\n    /// The field name in the record.\n    pub name: &'static str,\n    /// `string`, `integer`, `boolean` or `json`.\n    pub kind: &'static str,\n    /// May be absent (`null`).\n    pub optional: bool,\n    /// What it holds.\n    pub doc: &'static str,\n}\n\n")
    out.append("/// Every error class, parents before children.\npub static ERROR_CLASSES: &[ErrorClass] = &[\n")
    for c in table["classes"]:
        parent = f'Some("{c["parent"]}")' if c.get("parent") else "None"
        status = f'Some({c["status"]})' if c.get("status") else "None"
        out.append(f'    ErrorClass {{ name: "{c["name"]}", parent: {parent}, status: {status}, doc: {_rust_str(c["doc"])} }},\n')
    out.append("];\n\n/// The record every error class carries.\npub static ERROR_FIELDS: &[ErrorField] = &[\n")
    for f in table["fields"]:
        out.append(f'    ErrorField {{ name: "{f["name"]}", kind: "{f["type"]}", optional: {str(bool(f.get("optional"))).lower()}, doc: {_rust_str(f["doc"])} }},\n')
    out.append("];\n")
    return "".join(out)


def emit(spec: Spec) -> dict[str, str]:
    files: dict[str, str] = {}
    files[f"{CORE}/api/errors.rs"] = emit_error_classes()
    names = sorted(spec.models)
    for n in names:
        files[f"{CORE}/models/{snake(n)}.rs"] = emit_model(spec.models[n])
    mod = [HEADER, "//! Request and response models, one file per schema of the OpenAPI description.\n\n"]
    mod += [f"mod {snake(n)};\n" for n in names]
    mod.append("\n")
    mod += [f"pub use {snake(n)}::*;\n" for n in names]
    files[f"{CORE}/models/mod.rs"] = "".join(mod)
    files[f"{CORE}/api/operations.rs"] = emit_operations(spec)
    services = []
    for op in spec.operations:
        if op.service not in services:
            services.append(op.service)
    api = [HEADER, "//! Typed operations, one file per service; every method is described in\n//! `openapi/cloudpirates.yaml` and goes through [`crate::Client::execute`].\n\n", "pub mod errors;\npub mod operations;\n"]
    api += [f"mod {s};\n" for s in services]
    api.append("\n")
    api += [f"pub use {s}::*;\n" for s in services]
    files[f"{CORE}/api/mod.rs"] = "".join(api)
    for s in services:
        files[f"{CORE}/api/{s}.rs"] = emit_service(spec, s)
    return files
