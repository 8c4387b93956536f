//! The naming rules, in one place (documented in spec/README.md):
//!
//! - fields and methods: heck `snake_case` of the wire name; a Rust keyword gets a
//!   trailing underscore (`Type` -> `type_`, `Self` -> `self_`), always, never `r#`,
//!   because `self`, `super`, `crate` and `Self` cannot be raw identifiers.
//! - types: heck `UpperCamelCase`; names the prelude or generated code already uses
//!   (`Box`, `Option`, `Result`, `String`, `Vec`, `Self`, `Client`...) get the suffix `Type`.
//! - error variants: the code with dots dropped, then `UpperCamelCase`; a leading digit
//!   gets the prefix `Code`.
//! - two names that collide after conversion: the first (in spec order) keeps the name,
//!   later ones get `_2`, `_3`... (fields) or `2`, `3`... (types and variants).

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::HashSet;

/// Strict and reserved keywords of Rust 2021, plus the weak ones that matter in field position.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "static",
    "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do",
    "final", "gen", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

/// Type names that would shadow the prelude or a generated item in the same module.
const RESERVED_TYPES: &[&str] = &[
    "Self", "Box", "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Client", "Default", "Clone",
    "Debug", "Send", "Sync", "Sized", "Copy", "Fn", "Iterator", "Error",
];

/// `AccountId` -> `account_id`, `Type` -> `type_`.
pub fn field_name(wire: &str) -> String {
    let snake = wire.to_snake_case();
    let snake = if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{snake}")
    } else {
        snake
    };
    if KEYWORDS.contains(&snake.as_str()) {
        format!("{snake}_")
    } else {
        snake
    }
}

/// `tag` -> `Tag`, `Box` -> `BoxType`.
pub fn type_name(wire: &str) -> String {
    let camel = wire.to_upper_camel_case();
    let camel = if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T{camel}")
    } else {
        camel
    };
    if RESERVED_TYPES.contains(&camel.as_str()) {
        format!("{camel}Type")
    } else {
        camel
    }
}

/// `NotSupport.AccountInAnotherResourceDirectory` -> `NotSupportAccountInAnotherResourceDirectory`.
pub fn error_variant(code: &str) -> String {
    let joined: String = code.split('.').map(|part| part.to_upper_camel_case()).collect();
    let joined = if joined.is_empty() { "Empty".to_string() } else { joined };
    if joined.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Code{joined}")
    } else {
        joined
    }
}

/// Hands out names unique within one scope: the first keeps its name, later ones get a number.
#[derive(Debug)]
pub struct Scope {
    taken: HashSet<String>,
    separator: &'static str,
}

impl Default for Scope {
    /// Type names are the common case: CamelCase.
    fn default() -> Self {
        Scope::camel()
    }
}

impl Scope {
    /// A scope for snake_case names (`name_2`).
    pub fn snake() -> Self {
        Scope {
            taken: HashSet::new(),
            separator: "_",
        }
    }
    /// A scope for CamelCase names (`Name2`).
    pub fn camel() -> Self {
        Scope {
            taken: HashSet::new(),
            separator: "",
        }
    }
    /// Marks a name as used without handing it out (e.g. `Unhandled` in an error enum).
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_string());
    }
    pub fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let base = name.trim_end_matches('_');
        (2..)
            .map(|n| format!("{base}{}{n}", self.separator))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .unwrap_or(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_snake_case() {
        assert_eq!(field_name("AccountId"), "account_id");
        assert_eq!(field_name("SecureMobilePhone"), "secure_mobile_phone");
        assert_eq!(field_name("RAMRoleArn"), "ram_role_arn");
    }

    #[test]
    fn keywords_get_a_trailing_underscore() {
        assert_eq!(field_name("Type"), "type_");
        assert_eq!(field_name("Self"), "self_");
        assert_eq!(field_name("Async"), "async_");
        assert_eq!(field_name("Box"), "box_");
    }

    #[test]
    fn reserved_type_names_get_a_suffix() {
        assert_eq!(type_name("Box"), "BoxType");
        assert_eq!(type_name("Self"), "SelfType");
        assert_eq!(type_name("tag"), "Tag");
        assert_eq!(type_name("ResourceGroup"), "ResourceGroup");
    }

    #[test]
    fn error_codes_drop_dots() {
        assert_eq!(
            error_variant("NotSupport.AccountInAnotherResourceDirectory"),
            "NotSupportAccountInAnotherResourceDirectory"
        );
        assert_eq!(
            error_variant("InvalidParameter.MobileCountryCode"),
            "InvalidParameterMobileCountryCode"
        );
        assert_eq!(error_variant("404.NotFound"), "Code404NotFound");
    }

    #[test]
    fn collisions_are_numbered_in_order() {
        let mut scope = Scope::snake();
        assert_eq!(scope.claim(field_name("ResourceGroupId")), "resource_group_id");
        assert_eq!(scope.claim(field_name("ResourceGroupID")), "resource_group_id_2");
        assert_eq!(scope.claim(field_name("resource_group_id")), "resource_group_id_3");
        let mut variants = Scope::camel();
        variants.reserve("Unhandled");
        assert_eq!(variants.claim(error_variant("Unhandled")), "Unhandled2");
        assert_eq!(variants.claim(error_variant("Invalid.Param")), "InvalidParam");
        assert_eq!(variants.claim(error_variant("InvalidParam")), "InvalidParam2");
    }
}
