//! Metadata keys the importer understands and deliberately does not carry into the spec,
//! each with the reason. Every other key it does not map is an error, so nothing in the
//! metadata is dropped without a line here saying why.

/// Where in the metadata a key sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The top level of the file.
    Document,
    /// `components`.
    Components,
    /// `apis.<Action>`.
    Operation,
    /// `apis.<Action>.parameters[i]`.
    Parameter,
    /// Any schema: a parameter's `schema`, the response, their `items` and `properties`.
    Schema,
    /// `apis.<Action>.responses.200`.
    Response,
}

/// The value an ignored key must have; anything else is an error, because then the key
/// would carry something the spec loses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    String,
    Bool,
    Array,
    Object,
    /// An object with no entries.
    EmptyObject,
    /// The boolean `false` (the default meaning).
    False,
}

pub struct Ignored {
    pub scope: Scope,
    pub key: &'static str,
    pub expect: Expect,
    pub reason: &'static str,
}

const fn ignored(scope: Scope, key: &'static str, expect: Expect, reason: &'static str) -> Ignored {
    Ignored {
        scope,
        key,
        expect,
        reason,
    }
}

pub const IGNORED: &[Ignored] = &[
    ignored(
        Scope::Document,
        "version",
        Expect::String,
        "version of the metadata format (\"1.0\"), not of the API",
    ),
    ignored(
        Scope::Document,
        "directories",
        Expect::Array,
        "the documentation's table of contents; the SDK does not group operations",
    ),
    ignored(
        Scope::Components,
        "schemas",
        Expect::EmptyObject,
        "targets of `$ref`, which the importer does not resolve; only empty tables are accepted",
    ),
    ignored(
        Scope::Operation,
        "schemes",
        Expect::Array,
        "http/https; the client uses https unless the user names an http endpoint",
    ),
    ignored(
        Scope::Operation,
        "security",
        Expect::Array,
        "AK/Anonymous/ARS_OIDC; the spec has no field yet, so anything but AK is printed as a note",
    ),
    ignored(
        Scope::Operation,
        "systemTags",
        Expect::Object,
        "its operationType (get/list/create/...) only cross-checks read_only; a mismatch is printed as a note",
    ),
    ignored(
        Scope::Operation,
        "responseDemo",
        Expect::String,
        "the example response is rebuilt from the field examples",
    ),
    ignored(
        Scope::Operation,
        "requestParamsDescription",
        Expect::String,
        "doc-page prose about the common parameters, which the runtime handles",
    ),
    ignored(
        Scope::Operation,
        "responseParamsDescription",
        Expect::String,
        "doc-page prose after the response table (blank in every file seen)",
    ),
    ignored(
        Scope::Operation,
        "extraInfo",
        Expect::String,
        "doc-page footer (\"next steps\" links to other doc pages)",
    ),
    ignored(
        Scope::Operation,
        "staticInfo",
        Expect::Object,
        "`returnType: synchronous`; every call is made the same way",
    ),
    ignored(
        Scope::Parameter,
        "allowEmptyValue",
        Expect::False,
        "only `false`, the default (an unset value is not sent), is accepted",
    ),
    ignored(
        Scope::Schema,
        "title",
        Expect::String,
        "a short label repeating the description (or \"Schema of Response\")",
    ),
    ignored(
        Scope::Schema,
        "docRequired",
        Expect::Bool,
        "required-ness shown in the docs; the wire `required` decides, a difference is printed as a note",
    ),
    ignored(
        Scope::Schema,
        "enumValueTitles",
        Expect::EmptyObject,
        "labels of enum values; only empty tables are accepted, others would lose text",
    ),
    ignored(
        Scope::Response,
        "headers",
        Expect::EmptyObject,
        "response headers; only empty tables are accepted",
    ),
];

impl Expect {
    /// Describes the expected value, for error messages.
    pub fn describe(self) -> &'static str {
        match self {
            Expect::String => "a string",
            Expect::Bool => "a boolean",
            Expect::Array => "an array",
            Expect::Object => "an object",
            Expect::EmptyObject => "an empty object",
            Expect::False => "false",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_listed_once_per_scope() {
        for (index, entry) in IGNORED.iter().enumerate() {
            assert!(!entry.reason.is_empty(), "{} has no reason", entry.key);
            let twice = IGNORED[..index]
                .iter()
                .any(|e| e.scope == entry.scope && e.key == entry.key);
            assert!(!twice, "{} is listed twice", entry.key);
        }
    }
}
