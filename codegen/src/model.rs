//! Stage 3: the intermediate representation emit works from. Names are resolved here
//! (by the rules in `naming`), structs shared by several operations are found, and
//! example responses are built; emit only turns this into tokens.

use crate::load::LoadedProduct;
use crate::naming::{self, Scope};
use crate::spec::{Format, HttpMethod, OperationSpec, ParamStyle, Schema, Signing, TypeName};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Product {
    /// Rust module and cargo feature, e.g. `resourcemanager`.
    pub module: String,
    pub name: String,
    pub version: String,
    pub signing: Signing,
    pub endpoint: String,
    pub vpc_endpoint: Option<String>,
    pub regional_endpoints: Vec<(String, String)>,
    pub description: Option<String>,
    pub operations: Vec<Operation>,
    /// Structs used by more than one operation, emitted once in `types`.
    pub shared_types: Vec<TypeDef>,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub action: String,
    /// `send_verification_code_for_bind_secure_mobile_phone`: module and client method.
    pub snake: String,
    /// `SendVerificationCodeForBindSecureMobilePhone`: prefix of the request/response/error types.
    pub camel: String,
    pub summary: String,
    pub description: Option<String>,
    pub method: HttpMethod,
    pub read_only: bool,
    pub deprecated: bool,
    pub params: Vec<Field>,
    pub response: Vec<Field>,
    pub response_description: Option<String>,
    /// Structs and enums only this operation uses, emitted in its module.
    pub local_types: Vec<TypeDef>,
    pub errors: Vec<ErrorVariant>,
    /// The example response built from the spec's examples, as compact JSON.
    pub example_response: String,
    /// How to walk the pages of a list operation, when it has them.
    pub pagination: Option<Pagination>,
}

/// A list operation's paging fields (snake_case idents) and where its items are.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    pub style: PageStyle,
    /// Request field holding the page number (PageNumber style) or the token (NextToken style).
    pub request_cursor: String,
    /// Request field holding the page size, when there is one.
    pub request_page_size: Option<String>,
    /// Response fields: total count and page size (PageNumber style) or next token.
    pub response_total: Option<String>,
    pub response_page_size: Option<String>,
    pub response_next_token: Option<String>,
    /// The response field with the items, and the item type.
    pub items_field: String,
    pub items_unwrap: Option<String>,
    pub item: Type,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageStyle {
    PageNumber,
    NextToken,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub wire: String,
    pub ident: String,
    pub ty: Type,
    pub required: bool,
    pub sensitive: bool,
    pub deprecated: bool,
    pub style: ParamStyle,
    pub description: Option<String>,
    pub example: Option<String>,
    /// A wrapper object (`Accounts: { Account: [...] }`): the inner list field and item type.
    pub unwrap: Option<(String, Type)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    String,
    I32,
    I64,
    F64,
    Bool,
    List(Box<Type>),
    /// A generated struct or enum; `shared` says whether it lives in `types`.
    Named {
        name: String,
        shared: bool,
    },
}

impl Type {
    /// The wire kind the runtime checks (mock server) for a parameter of this type.
    pub fn scalar_kind(&self) -> &'static str {
        match self {
            Type::String => "String",
            Type::I32 | Type::I64 => "Integer",
            Type::F64 => "Number",
            Type::Bool => "Boolean",
            Type::List(_) => "List",
            Type::Named { .. } => "Struct",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeDef {
    Struct {
        name: String,
        description: Option<String>,
        fields: Vec<Field>,
    },
    Enum {
        name: String,
        description: Option<String>,
        values: Vec<EnumValue>,
    },
}

impl TypeDef {
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Struct { name, .. } | TypeDef::Enum { name, .. } => name,
        }
    }
    fn rename(&mut self, new_name: String) {
        match self {
            TypeDef::Struct { name, .. } | TypeDef::Enum { name, .. } => *name = new_name,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    pub wire: String,
    pub variant: String,
}

#[derive(Debug, Clone)]
pub struct ErrorVariant {
    pub code: String,
    pub variant: String,
    pub status: u16,
    pub message: Option<String>,
    pub description: Option<String>,
}

/// Builds the IR of one validated product.
pub fn build(product: &LoadedProduct) -> Product {
    let mut operations: Vec<Operation> = product.operations.iter().map(|op| build_operation(&op.spec)).collect();
    operations.sort_by(|a, b| a.action.cmp(&b.action));
    let shared_types = share_types(&mut operations);
    Product {
        module: product.module.clone(),
        name: product.product.product.clone(),
        version: product.product.version.clone(),
        signing: product.product.signing,
        endpoint: product.product.endpoint.clone(),
        vpc_endpoint: product.product.vpc_endpoint.clone(),
        regional_endpoints: product.product.regional_endpoints.0.clone(),
        description: product.product.description.clone(),
        operations,
        shared_types,
    }
}

fn build_operation(spec: &OperationSpec) -> Operation {
    let camel = naming::type_name(&spec.name);
    let mut types = TypeCollector::default();
    // The operation's own items take their names first.
    for suffix in ["Request", "Response", "Error", "FluentBuilder"] {
        types.names.reserve(&format!("{camel}{suffix}"));
    }
    types.names.reserve("OPERATION");

    let mut scope = Scope::snake();
    let params: Vec<Field> = spec
        .parameters
        .iter()
        .map(|p| {
            let mut field = types.field(&p.name, &p.schema(), &mut scope);
            field.style = p.style;
            field
        })
        .collect();
    let mut response_scope = Scope::snake();
    let response: Vec<Field> = spec
        .response
        .properties
        .iter()
        .flat_map(|props| props.iter())
        .map(|(name, schema)| types.field(name, schema, &mut response_scope))
        .collect();

    let mut variants = Scope::camel();
    variants.reserve("Unhandled");
    let errors = spec
        .errors
        .iter()
        .map(|e| ErrorVariant {
            code: e.code.clone(),
            variant: variants.claim(naming::error_variant(&e.code)),
            status: e.status.unwrap_or_default(),
            message: e.message.clone(),
            description: e.description.clone(),
        })
        .collect();

    let pagination = find_pagination(&params, &response);
    Operation {
        pagination,
        action: spec.name.clone(),
        snake: naming::field_name(&spec.name),
        camel,
        summary: spec.summary.clone(),
        description: spec.description.clone(),
        method: spec.methods.first().copied().unwrap_or(HttpMethod::Post),
        read_only: spec.read_only,
        deprecated: spec.deprecated,
        params,
        response,
        response_description: spec.response.description.clone(),
        local_types: types.defs,
        errors,
        example_response: example_json(&spec.response).to_string(),
    }
}

/// Recognises the two paging styles from field names, as Alibaba's APIs spell them.
fn find_pagination(params: &[Field], response: &[Field]) -> Option<Pagination> {
    let param = |wire: &str| params.iter().find(|f| f.wire == wire).map(|f| f.ident.clone());
    let answer = |wire: &str| response.iter().find(|f| f.wire == wire).map(|f| f.ident.clone());
    let (style, request_cursor) = match (param("PageNumber"), param("NextToken")) {
        (Some(page), _) if answer("TotalCount").is_some() || answer("PageNumber").is_some() => {
            (PageStyle::PageNumber, page)
        }
        (_, Some(token)) if answer("NextToken").is_some() => (PageStyle::NextToken, token),
        _ => return None,
    };
    let (items_field, items_unwrap, item) = response.iter().find_map(|f| match (&f.unwrap, &f.ty) {
        (Some((inner, item)), _) => Some((f.ident.clone(), Some(inner.clone()), item.clone())),
        (None, Type::List(item)) => Some((f.ident.clone(), None, (**item).clone())),
        _ => None,
    })?;
    Some(Pagination {
        style,
        request_cursor,
        request_page_size: param("PageSize").or_else(|| param("MaxResults")),
        response_total: answer("TotalCount"),
        response_page_size: answer("PageSize"),
        response_next_token: answer("NextToken"),
        items_field,
        items_unwrap,
        item,
    })
}

/// `{ type: object, properties: { Account: { type: array, ... } } }`: Alibaba's wrapper
/// around a list, which gets an accessor yielding the items.
fn is_wrapper(schema: &Schema) -> bool {
    schema.type_name == TypeName::Object
        && schema
            .properties
            .as_ref()
            .is_some_and(|p| p.0.len() == 1 && p.0[0].1.type_name == TypeName::Array)
}

/// Turns schemas into fields and the structs and enums they need.
#[derive(Default)]
struct TypeCollector {
    defs: Vec<TypeDef>,
    names: Scope,
}

impl TypeCollector {
    fn field(&mut self, wire: &str, schema: &Schema, scope: &mut Scope) -> Field {
        let ty = self.type_of(wire, schema);
        let unwrap = if is_wrapper(schema) {
            self.wrapped_item(&ty)
        } else {
            None
        };
        Field {
            wire: wire.to_string(),
            ident: scope.claim(naming::field_name(wire)),
            ty,
            required: schema.required,
            sensitive: schema.sensitive,
            deprecated: schema.deprecated,
            style: ParamStyle::Flat,
            description: schema.description.clone(),
            example: schema.example.as_ref().and_then(scalar_text),
            unwrap,
        }
    }

    /// The inner list field and item type of a wrapper struct defined by this collector.
    fn wrapped_item(&self, ty: &Type) -> Option<(String, Type)> {
        let Type::Named { name, .. } = ty else { return None };
        match self.defs.iter().find(|d| d.name() == name)? {
            TypeDef::Struct { fields, .. } => match (fields.as_slice(), fields.first().map(|f| &f.ty)) {
                ([only], Some(Type::List(item))) => Some((only.ident.clone(), (**item).clone())),
                _ => None,
            },
            TypeDef::Enum { .. } => None,
        }
    }

    fn type_of(&mut self, wire: &str, schema: &Schema) -> Type {
        match schema.type_name {
            TypeName::String => match &schema.enum_values {
                Some(values) if !values.is_empty() => self.define_enum(wire, schema, values),
                _ => Type::String,
            },
            TypeName::Integer => match schema.format {
                Some(Format::Int32) => Type::I32,
                _ => Type::I64,
            },
            TypeName::Number => Type::F64,
            TypeName::Boolean => Type::Bool,
            TypeName::Array => {
                let item = match &schema.items {
                    Some(items) => self.type_of(wire, items),
                    None => Type::String,
                };
                Type::List(Box::new(item))
            }
            TypeName::Object => self.define_struct(wire, schema),
        }
    }

    fn define_struct(&mut self, wire: &str, schema: &Schema) -> Type {
        let mut scope = Scope::snake();
        let fields = schema
            .properties
            .iter()
            .flat_map(|props| props.iter())
            .map(|(name, property)| self.field(name, property, &mut scope))
            .collect();
        let base = schema.struct_name.clone().unwrap_or_else(|| naming::type_name(wire));
        self.intern(
            base,
            TypeDef::Struct {
                name: String::new(),
                description: schema.description.clone(),
                fields,
            },
        )
    }

    fn define_enum(&mut self, wire: &str, schema: &Schema, values: &[String]) -> Type {
        let mut variants = Scope::camel();
        variants.reserve("Unknown");
        let values = values
            .iter()
            .map(|v| EnumValue {
                wire: v.clone(),
                variant: variants.claim(naming::type_name(v)),
            })
            .collect();
        let base = schema.struct_name.clone().unwrap_or_else(|| naming::type_name(wire));
        self.intern(
            base,
            TypeDef::Enum {
                name: String::new(),
                description: schema.description.clone(),
                values,
            },
        )
    }

    /// Reuses an identical definition of the same base name, else claims a fresh name.
    /// `unnamed` is the definition with an empty name.
    fn intern(&mut self, base: String, mut unnamed: TypeDef) -> Type {
        let same = self.defs.iter().find(|d| {
            let numbered = d
                .name()
                .strip_prefix(base.as_str())
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
            let mut candidate = unnamed.clone();
            candidate.rename(d.name().to_string());
            numbered && **d == candidate
        });
        let name = match same {
            Some(def) => def.name().to_string(),
            None => {
                let name = self.names.claim(base);
                unnamed.rename(name.clone());
                self.defs.push(unnamed);
                name
            }
        };
        Type::Named { name, shared: false }
    }
}

/// Moves definitions that several operations declare identically into `types`.
fn share_types(operations: &mut [Operation]) -> Vec<TypeDef> {
    let mut shared = Vec::new();
    // Sharing a type can make the structs that use it shareable too (`Tag`, then `Tags`,
    // then `Account`), so passes repeat until one shares nothing.
    loop {
        let newly_shared = share_pass(operations);
        if newly_shared.is_empty() {
            break;
        }
        shared.extend(newly_shared);
    }
    // A pass only shares structs whose field types were shared before it, so the
    // copies taken here already point at `types`.
    shared.sort_by(|a, b| a.name().cmp(b.name()));
    shared
}

/// One pass: every name whose definitions are identical in several operations and refer
/// to no local type moves to `types`.
fn share_pass(operations: &mut [Operation]) -> Vec<TypeDef> {
    let mut users: BTreeMap<String, Vec<TypeDef>> = BTreeMap::new();
    for op in operations.iter() {
        for def in &op.local_types {
            users.entry(def.name().to_string()).or_default().push(def.clone());
        }
    }
    let mut shared = Vec::new();
    for (name, defs) in users {
        let first = &defs[0];
        if defs.len() > 1 && defs.iter().all(|d| d == first) && !references_local(first) {
            shared.push(first.clone());
            for op in operations.iter_mut() {
                op.local_types.retain(|d| d.name() != name);
                mark_shared(op, &name);
            }
        }
    }
    shared
}

/// True when a struct refers to a local (not yet shared) type; such structs stay local
/// because the types they point at may differ between operations under the same name.
fn references_local(def: &TypeDef) -> bool {
    match def {
        TypeDef::Struct { fields, .. } => fields.iter().any(|f| contains_named(&f.ty)),
        TypeDef::Enum { .. } => false,
    }
}

fn contains_named(ty: &Type) -> bool {
    match ty {
        Type::List(inner) => contains_named(inner),
        Type::Named { shared, .. } => !shared,
        _ => false,
    }
}

fn mark_shared(op: &mut Operation, name: &str) {
    for field in op.params.iter_mut().chain(op.response.iter_mut()) {
        set_field_shared(field, name);
    }
    for def in &mut op.local_types {
        if let TypeDef::Struct { fields, .. } = def {
            for field in fields {
                set_field_shared(field, name);
            }
        }
    }
    if let Some(pagination) = &mut op.pagination {
        set_shared(&mut pagination.item, name);
    }
}

fn set_field_shared(field: &mut Field, name: &str) {
    set_shared(&mut field.ty, name);
    if let Some((_, item)) = &mut field.unwrap {
        set_shared(item, name);
    }
}

fn set_shared(ty: &mut Type, target: &str) {
    match ty {
        Type::List(inner) => set_shared(inner, target),
        Type::Named { name, shared } if name == target => *shared = true,
        _ => {}
    }
}

fn scalar_text(value: &serde_yaml::Value) -> Option<String> {
    match value {
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The example value of a schema as JSON, typed by the schema (`"2"` for an integer is `2`).
pub fn example_json(schema: &Schema) -> serde_json::Value {
    use serde_json::Value;
    let text = schema.example.as_ref().and_then(scalar_text);
    match schema.type_name {
        TypeName::Object => Value::Object(
            schema
                .properties
                .iter()
                .flat_map(|p| p.iter())
                .map(|(name, property)| (name.to_string(), example_json(property)))
                .collect(),
        ),
        TypeName::Array => Value::Array(schema.items.as_deref().map(example_json).into_iter().collect()),
        TypeName::Integer => text
            .and_then(|t| t.parse::<i64>().ok())
            .map(Value::from)
            .unwrap_or(Value::from(0)),
        TypeName::Number => text
            .and_then(|t| t.parse::<f64>().ok())
            .map(Value::from)
            .unwrap_or(Value::from(0.0)),
        TypeName::Boolean => Value::Bool(text.is_some_and(|t| t == "true")),
        TypeName::String => Value::String(
            text.or_else(|| schema.enum_values.as_ref().and_then(|v| v.first().cloned()))
                .unwrap_or_default(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadedOperation, SourceFile};
    use crate::spec::ProductSpec;
    use std::path::PathBuf;

    fn product(operations: &[&str]) -> LoadedProduct {
        let source = |text: &str| SourceFile {
            path: PathBuf::from("x.yaml"),
            text: text.to_string(),
        };
        let product_text = "product: P\nversion: '2020-01-01'\nendpoint: p.aliyuncs.com\n";
        LoadedProduct {
            module: "p".into(),
            product: serde_yaml::from_str::<ProductSpec>(product_text).unwrap(),
            product_source: source(product_text),
            operations: operations
                .iter()
                .map(|text| LoadedOperation {
                    spec: serde_yaml::from_str(text).unwrap(),
                    source: source(text),
                })
                .collect(),
            inputs: Vec::new(),
        }
    }

    const TAGGED: &str = "summary: s\nparameters:\n- name: Tag\n  type: array\n  items:\n    type: object\n    properties:\n      Key: {type: string}\n      Value: {type: string}\nresponse:\n  type: object\n  properties:\n    Total: {type: integer, format: int32, example: '12'}\n    Kind: {type: string, enum: [Custom, System]}\n";

    #[test]
    fn identical_structs_in_two_operations_are_shared() {
        let built = build(&product(&[
            &format!("name: A\n{TAGGED}"),
            &format!("name: B\n{TAGGED}"),
        ]));
        let shared: Vec<&str> = built.shared_types.iter().map(TypeDef::name).collect();
        assert_eq!(shared, ["Kind", "Tag"]);
        for op in &built.operations {
            assert!(op.local_types.is_empty(), "{:?}", op.local_types);
            assert_eq!(
                op.params[0].ty,
                Type::List(Box::new(Type::Named {
                    name: "Tag".into(),
                    shared: true
                }))
            );
        }
    }

    #[test]
    fn a_struct_used_once_stays_in_its_operation() {
        let built = build(&product(&[&format!("name: A\n{TAGGED}")]));
        assert!(built.shared_types.is_empty());
        assert_eq!(built.operations[0].local_types.len(), 2);
    }

    #[test]
    fn example_response_is_typed_by_the_schema() {
        let built = build(&product(&[&format!("name: A\n{TAGGED}")]));
        assert_eq!(built.operations[0].example_response, r#"{"Kind":"Custom","Total":12}"#);
    }

    #[test]
    fn colliding_field_names_are_numbered() {
        let op = "name: A\nsummary: s\nparameters:\n- {name: GroupId, type: string}\n- {name: GroupID, type: string}\n- {name: Type, type: string}\nresponse: {type: object}\n";
        let built = build(&product(&[op]));
        let names: Vec<&str> = built.operations[0].params.iter().map(|f| f.ident.as_str()).collect();
        assert_eq!(names, ["group_id", "group_id_2", "type_"]);
    }
}
