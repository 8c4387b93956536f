//! Step 6 of the checks: an operation's parameters against its descriptor (required ones
//! present, typed ones parseable, nothing unknown).

use super::request::{RecordedRequest, REDACTED};
use super::verify::{missing_message, reject, Rejection};
use crate::descriptor::{OperationDescriptor, ParamDescriptor, ParamKind, ParamStyle};
use crate::params::is_part_of;

/// RPC common parameters: accepted next to any operation's own parameters.
const COMMON_PARAMS: [&str; 12] = [
    "AccessKeyId",
    "Action",
    "Format",
    "Version",
    "Timestamp",
    "SignatureMethod",
    "SignatureNonce",
    "SignatureVersion",
    "SignatureType",
    "Signature",
    "SecurityToken",
    "RegionId",
];

/// Checks the parameters of a request already resolved to `operation`.
pub(crate) fn check_params(request: &RecordedRequest, operation: &OperationDescriptor) -> Result<(), Rejection> {
    let keys = || request.all_params().map(|(key, _)| key.as_str());
    if let Some(missing) = operation
        .params
        .iter()
        .find(|param| param.required && !keys().any(|key| is_present(param, key)))
    {
        return reject(400, "MissingParameter", missing_message(missing.name));
    }
    for (key, value) in request.all_params() {
        if let Some(param) = operation.params.iter().find(|param| param.name == key) {
            check_value(param, value)?;
        }
    }
    if let Some(unknown) = keys()
        .find(|key| !COMMON_PARAMS.contains(key) && !operation.params.iter().any(|param| is_part_of(param.name, key)))
    {
        let known: Vec<&str> = operation.params.iter().map(|param| param.name).collect();
        return reject(
            400,
            "InvalidParameter",
            format!(
                "The parameter \"{unknown}\" is an unknown parameter of {}; it takes: {}.",
                operation.action,
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            ),
        );
    }
    Ok(())
}

/// A list or struct sent flat is present through its parts; anything else by its own key.
fn is_present(param: &ParamDescriptor, key: &str) -> bool {
    let flat_container = param.style == ParamStyle::Flat && matches!(param.kind, ParamKind::List | ParamKind::Struct);
    if flat_container {
        is_part_of(param.name, key)
    } else {
        key == param.name
    }
}

fn check_value(param: &ParamDescriptor, value: &str) -> Result<(), Rejection> {
    let expected = if param.style == ParamStyle::Json {
        serde_json::from_str::<serde_json::Value>(value)
            .err()
            .map(|_| "one JSON value")
    } else {
        match param.kind {
            ParamKind::Integer => value.parse::<i64>().err().map(|_| "an integer"),
            ParamKind::Number => match value.parse::<f64>() {
                Ok(number) if number.is_finite() => None,
                _ => Some("a number"),
            },
            ParamKind::Boolean => {
                let boolean = value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false");
                (!boolean).then_some("true or false")
            }
            ParamKind::String | ParamKind::List | ParamKind::Struct => None,
        }
    };
    match expected {
        None => Ok(()),
        Some(expected) => {
            let shown = if param.sensitive {
                REDACTED.to_string()
            } else {
                format!("`{value}`")
            };
            reject(
                400,
                "InvalidParameter",
                format!(
                    "The parameter \"{}\" is invalid: expected {expected}, got {shown}.",
                    param.name
                ),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAMS: &[ParamDescriptor] = &[
        ParamDescriptor {
            name: "PageSize",
            kind: ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ParamStyle::Flat,
        },
        ParamDescriptor {
            name: "Ratio",
            kind: ParamKind::Number,
            required: false,
            sensitive: false,
            style: ParamStyle::Flat,
        },
        ParamDescriptor {
            name: "DryRun",
            kind: ParamKind::Boolean,
            required: false,
            sensitive: false,
            style: ParamStyle::Flat,
        },
        ParamDescriptor {
            name: "Tag",
            kind: ParamKind::List,
            required: true,
            sensitive: false,
            style: ParamStyle::Flat,
        },
        ParamDescriptor {
            name: "Filter",
            kind: ParamKind::Struct,
            required: false,
            sensitive: false,
            style: ParamStyle::Json,
        },
        ParamDescriptor {
            name: "Pin",
            kind: ParamKind::Integer,
            required: false,
            sensitive: true,
            style: ParamStyle::Flat,
        },
    ];
    static OPERATION: OperationDescriptor = OperationDescriptor {
        action: "ListThings",
        method: crate::descriptor::HttpMethod::Post,
        read_only: true,
        params: PARAMS,
        example_response: "{}",
    };

    fn request(query: &str) -> RecordedRequest {
        RecordedRequest::new("POST".into(), "/".into(), Some(query), Vec::new(), Vec::new())
    }

    fn code(query: &str) -> Option<(&'static str, String)> {
        check_params(&request(query), &OPERATION)
            .err()
            .map(|r| (r.code, r.message))
    }

    #[test]
    fn typed_parameters_are_checked() {
        assert_eq!(
            code("Tag.1.Key=k&PageSize=10&Ratio=0.5&DryRun=True&Filter=%7B%22a%22%3A1%7D&RegionId=x"),
            None
        );
        let (c, message) = code("Tag.1.Key=k&PageSize=ten").unwrap();
        assert_eq!(c, "InvalidParameter");
        assert!(
            message.contains("\"PageSize\"") && message.contains("an integer") && message.contains("`ten`"),
            "{message}"
        );
        assert_eq!(code("Tag.1.Key=k&Ratio=NaN").unwrap().0, "InvalidParameter");
        assert_eq!(code("Tag.1.Key=k&DryRun=yes").unwrap().0, "InvalidParameter");
        assert_eq!(code("Tag.1.Key=k&Filter=%7Bnope").unwrap().0, "InvalidParameter");
        // A sensitive value is not echoed.
        let (_, message) = code("Tag.1.Key=k&Pin=secret-ish").unwrap();
        assert!(!message.contains("secret-ish"), "{message}");
    }

    #[test]
    fn flat_lists_are_present_through_their_parts() {
        let (c, message) = code("PageSize=1").unwrap();
        assert_eq!(c, "MissingParameter");
        assert!(message.contains("\"Tag\""), "{message}");
        assert_eq!(code("Tag.1=a"), None);
        // `Tags.1` is not a part of `Tag`.
        let (c, message) = code("Tag.1=a&Tags.1=b").unwrap();
        assert_eq!(c, "InvalidParameter");
        assert!(message.contains("\"Tags.1\""), "{message}");
        assert!(is_part_of("Tag", "Tag.2.Value") && is_part_of("Tag", "Tag") && !is_part_of("Tag", "TagX"));
    }
}
