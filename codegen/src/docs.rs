//! Spec text -> `#[doc = "..."]` attributes that rustdoc renders without warnings.

use proc_macro2::TokenStream;
use quote::quote;

/// One `#[doc]` attribute per line, with the text made safe for rustdoc:
/// brackets escaped (no broken intra-doc links), `<` escaped (no stray HTML tags),
/// fenced blocks marked `text` and deep indentation trimmed (no accidental doctests).
pub fn doc_attrs(text: &str) -> TokenStream {
    let lines = sanitize(text);
    quote! { #(#[doc = #lines])* }
}

/// Doc attributes for text the generator wrote itself (intra-doc links stay links).
pub fn own_doc_attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    });
    quote! { #(#[doc = #lines])* }
}

/// Spec text followed by the generator's own note, as one doc comment.
pub fn doc_with_note(spec_text: &str, note: &str) -> TokenStream {
    let spec = doc_attrs(spec_text);
    let note = own_doc_attrs(note);
    if spec_text.trim().is_empty() {
        note
    } else {
        quote! { #spec #[doc = ""] #note }
    }
}

pub fn sanitize(text: &str) -> Vec<String> {
    let mut in_fence = false;
    let mut out: Vec<String> = Vec::new();
    for raw in text.trim().lines() {
        let trimmed = raw.trim_end();
        let indent = trimmed.len() - trimmed.trim_start().len();
        // Four spaces of indentation would make an indented code block, which rustdoc runs as a doctest.
        let line = if indent >= 4 { trimmed.trim_start() } else { trimmed };
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            out.push(if in_fence {
                " ```text".to_string()
            } else {
                " ```".to_string()
            });
            continue;
        }
        if in_fence {
            out.push(format!(" {line}"));
            continue;
        }
        let escaped = escape_outside_code(line);
        out.push(if escaped.is_empty() {
            String::new()
        } else {
            format!(" {escaped}")
        });
    }
    if in_fence {
        out.push(" ```".to_string());
    }
    out
}

/// Escapes markdown-significant characters, leaving `code spans` as they are.
fn escape_outside_code(line: &str) -> String {
    line.split('`')
        .enumerate()
        .map(|(index, part)| {
            if index % 2 == 1 {
                part.to_string()
            } else {
                part.replace('\\', "\\\\")
                    .replace('[', "\\[")
                    .replace(']', "\\]")
                    .replace('<', "&lt;")
            }
        })
        .collect::<Vec<_>>()
        .join("`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_rustdoc_would_misread() {
        assert_eq!(
            sanitize("See [GetX](~~1~~) <props=\"china\">"),
            vec![" See \\[GetX\\](~~1~~) &lt;props=\"china\">"]
        );
    }

    #[test]
    fn code_spans_are_left_alone() {
        assert_eq!(
            sanitize("format `<code>-<phone>` or <b>"),
            vec![" format `<code>-<phone>` or &lt;b>"]
        );
    }

    #[test]
    fn code_is_never_a_doctest() {
        assert_eq!(sanitize("a\n```json\n{}\n```"), vec![" a", " ```text", " {}", " ```"]);
        assert_eq!(sanitize("a\n\n        indented"), vec![" a", "", " indented"]);
    }
}
