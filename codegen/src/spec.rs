//! The spec format: what `spec/<product>/product.yaml` and
//! `spec/<product>/operations/<Action>.yaml` may say, as typed serde structs.
//!
//! Every struct denies unknown keys so that a typo is an error, not a silently
//! ignored field. `spec/README.md` documents each key; keep the two in step.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// `spec/<product>/product.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProductSpec {
    /// The API product code, as Alibaba Cloud spells it (`ResourceManager`).
    pub product: String,
    /// The API version (`2020-03-31`).
    pub version: String,
    /// The API style; only `rpc` exists today.
    #[serde(default)]
    pub style: Style,
    /// The signature the client uses unless configured otherwise.
    #[serde(default)]
    pub signing: Signing,
    /// Default endpoint host, used for every region without an entry below.
    pub endpoint: String,
    /// Endpoint host inside a VPC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint: Option<String>,
    /// Region id -> endpoint host, for regions whose host differs from `endpoint`.
    #[serde(default, skip_serializing_if = "OrderedMap::is_empty")]
    pub regional_endpoints: OrderedMap<String>,
    /// One-paragraph description of the product, for the module's doc comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    #[default]
    Rpc,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Signing {
    /// ACS3-HMAC-SHA256.
    #[default]
    V3,
    /// The older RPC signature, HMAC-SHA1 in the `Signature` query parameter.
    V1,
}

/// `spec/<product>/operations/<Action>.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OperationSpec {
    /// The action, exactly as sent in `x-acs-action` / `Action`.
    pub name: String,
    /// Where the documentation text comes from: `imported` (default) is replaced by each
    /// import; `manual` keeps this file's text (summary, description, every description,
    /// error messages) and takes only the structure from the metadata.
    #[serde(default, skip_serializing_if = "DocsOrigin::is_imported")]
    pub docs: DocsOrigin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// HTTP methods the service accepts; the client uses the first.
    #[serde(default = "default_methods")]
    pub methods: Vec<HttpMethod>,
    /// True when the operation only reads; read-only calls may be retried after a timeout.
    #[serde(default, skip_serializing_if = "is_false")]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    pub response: Schema,
    #[serde(default)]
    pub errors: Vec<ErrorCode>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocsOrigin {
    #[default]
    Imported,
    Manual,
}

impl DocsOrigin {
    fn is_imported(&self) -> bool {
        *self == DocsOrigin::Imported
    }
}

fn default_methods() -> Vec<HttpMethod> {
    vec![HttpMethod::Post]
}

fn is_false(value: &bool) -> bool {
    !*value
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    Post,
    Get,
}

/// Where a parameter travels. RPC puts everything in the query string.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    #[default]
    Query,
}

/// How a list or struct parameter is written into the query string.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamStyle {
    /// `Name.1=a&Name.2=b`, `Name.1.Key=k`.
    #[default]
    Flat,
    /// Same wire form as `flat`; Alibaba's metadata names it separately.
    RepeatList,
    /// One compact JSON value: `Name=["a","b"]`.
    Json,
}

/// A request parameter: its wire name and placement, then the same keys as a [`Schema`].
///
/// The schema keys are repeated here rather than nested so that a parameter reads as
/// one flat block in YAML (serde's `flatten` cannot be combined with unknown-key checks).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    pub name: String,
    #[serde(default, rename = "in")]
    pub location: Location,
    #[serde(default, skip_serializing_if = "is_flat")]
    pub style: ParamStyle,
    #[serde(rename = "type")]
    pub type_name: TypeName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub sensitive: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<serde_yaml::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_yaml::Value>,
    #[serde(default, rename = "enum", skip_serializing_if = "Option::is_none")]
    pub enum_values: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Schema>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<OrderedMap<Schema>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub struct_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u64>,
}

impl Parameter {
    /// A parameter from its wire name and placement plus the keys of its schema
    /// (the inverse of [`Parameter::schema`]).
    pub fn from_schema(name: String, location: Location, style: ParamStyle, schema: Schema) -> Parameter {
        Parameter {
            name,
            location,
            style,
            type_name: schema.type_name,
            format: schema.format,
            required: schema.required,
            sensitive: schema.sensitive,
            deprecated: schema.deprecated,
            description: schema.description,
            example: schema.example,
            default: schema.default,
            enum_values: schema.enum_values,
            items: schema.items,
            properties: schema.properties,
            struct_name: schema.struct_name,
            min_length: schema.min_length,
            max_length: schema.max_length,
            pattern: schema.pattern,
            minimum: schema.minimum,
            maximum: schema.maximum,
            min_items: schema.min_items,
            max_items: schema.max_items,
        }
    }

    /// The parameter's value shape, as the same [`Schema`] a struct field has.
    pub fn schema(&self) -> Schema {
        Schema {
            type_name: self.type_name,
            format: self.format,
            required: self.required,
            sensitive: self.sensitive,
            deprecated: self.deprecated,
            description: self.description.clone(),
            example: self.example.clone(),
            default: self.default.clone(),
            enum_values: self.enum_values.clone(),
            items: self.items.clone(),
            properties: self.properties.clone(),
            struct_name: self.struct_name.clone(),
            min_length: self.min_length,
            max_length: self.max_length,
            pattern: self.pattern.clone(),
            minimum: self.minimum,
            maximum: self.maximum,
            min_items: self.min_items,
            max_items: self.max_items,
        }
    }
}

fn is_flat(style: &ParamStyle) -> bool {
    *style == ParamStyle::Flat
}

/// A value's shape: scalar, array or object, with documentation and limits.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Schema {
    #[serde(rename = "type")]
    pub type_name: TypeName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    /// Inside a struct: the field must be present.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub sensitive: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<serde_yaml::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_yaml::Value>,
    #[serde(default, rename = "enum", skip_serializing_if = "Option::is_none")]
    pub enum_values: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Schema>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<OrderedMap<Schema>>,
    /// Name of the generated struct for an object; objects with the same name and
    /// fields are generated once in `types`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub struct_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TypeName {
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Object,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Int32,
    Int64,
    Float,
    Double,
}

/// An error code the operation documents.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorCode {
    pub code: String,
    /// HTTP status, 400..=599. Missing is an error (reported by validate).
    #[serde(default)]
    pub status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A YAML mapping that keeps its order and refuses duplicate keys
/// (serde_yaml would otherwise keep the last one silently).
#[derive(Debug, Clone, PartialEq)]
pub struct OrderedMap<V>(pub Vec<(String, V)>);

impl<V> Default for OrderedMap<V> {
    fn default() -> Self {
        OrderedMap(Vec::new())
    }
}

impl<V> OrderedMap<V> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = OrderedMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of names to values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries: Vec<(String, V)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if entries.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
                    }
                    let value = map.next_value()?;
                    entries.push((key, value));
                }
                Ok(OrderedMap(entries))
            }
        }
        deserializer.deserialize_map(MapVisitor(std::marker::PhantomData))
    }
}

impl<V: Serialize> Serialize for OrderedMap<V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}
