//! Finds the line and column of a field in a block-style YAML document.
//!
//! serde_yaml reports positions for syntax and type errors but keeps no spans on the
//! values it returns, so problems found after parsing (a duplicate parameter, a bad
//! status) are pinned by walking the text along the field's path. Specs are block style
//! (that is what the importer writes); for anything else the nearest ancestor found wins.

/// One step of a path into a document: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// A line of the document, reduced to what the walk needs.
struct Line<'a> {
    /// Column (0-based) of the first character after indentation and any `- ` marker.
    content_col: usize,
    /// Column of the `- ` sequence marker, if the line starts an item.
    dash_col: Option<usize>,
    content: &'a str,
}

fn parse_line(text: &str) -> Option<Line<'_>> {
    let indent = text.len() - text.trim_start_matches(' ').len();
    let rest = &text[indent..];
    if rest.is_empty() || rest.starts_with('#') {
        return None;
    }
    if let Some(after_dash) = rest.strip_prefix("- ").or_else(|| (rest == "-").then_some("")) {
        let extra = after_dash.len() - after_dash.trim_start_matches(' ').len();
        return Some(Line {
            content_col: indent + 2 + extra,
            dash_col: Some(indent),
            content: after_dash.trim_start(),
        });
    }
    Some(Line {
        content_col: indent,
        dash_col: None,
        content: rest,
    })
}

/// Returns the 1-based (line, column) of the deepest step of `path` that could be found.
pub fn locate(source: &str, path: &[Step]) -> Option<(usize, usize)> {
    let lines: Vec<Option<Line>> = source.lines().map(parse_line).collect();
    // The block being searched: line range, and the column its entries start at.
    let mut start = 0;
    let mut end = lines.len();
    let mut found = None;
    for step in path {
        let Some(first) = (start..end).find(|&i| lines[i].is_some()) else {
            return found;
        };
        let Some(first_line) = lines[first].as_ref() else {
            return found;
        };
        match step {
            Step::Key(key) => {
                let col = first_line.content_col;
                let Some(hit) = (start..end).find(|&i| {
                    lines[i].as_ref().is_some_and(|l| {
                        l.content_col == col
                            && (i == first || l.dash_col.is_none())
                            && l.content.strip_prefix(key.as_str()).is_some_and(|r| r.starts_with(':'))
                    })
                }) else {
                    return found;
                };
                found = Some((hit + 1, col + 1));
                // The value runs until a line at or left of the key (a `- ` at the key's
                // column still belongs to it: YAML lets a sequence sit under its key unindented).
                let next = (hit + 1..end)
                    .find(|&i| {
                        lines[i].as_ref().is_some_and(|l| {
                            l.dash_col.unwrap_or(l.content_col) < col || (l.dash_col.is_none() && l.content_col <= col)
                        })
                    })
                    .unwrap_or(end);
                start = hit + 1;
                end = next;
            }
            Step::Index(index) => {
                let Some(dash) = first_line.dash_col else { return found };
                let items: Vec<usize> = (start..end)
                    .filter(|&i| lines[i].as_ref().is_some_and(|l| l.dash_col == Some(dash)))
                    .collect();
                let Some(&hit) = items.get(*index) else { return found };
                found = Some((hit + 1, dash + 1));
                let next = (hit + 1..end)
                    .find(|&i| {
                        lines[i]
                            .as_ref()
                            .is_some_and(|l| l.dash_col.unwrap_or(l.content_col) <= dash)
                    })
                    .unwrap_or(end);
                start = hit;
                end = next;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "name: Op\nparameters:\n- name: A\n  type: string\n- name: B\n  type: integer\n  items:\n    type: string\nerrors:\n  - code: X\n    status: 409\n";

    fn key(k: &str) -> Step {
        Step::Key(k.to_string())
    }

    #[test]
    fn finds_top_level_key() {
        assert_eq!(locate(DOC, &[key("parameters")]), Some((2, 1)));
    }

    #[test]
    fn finds_key_inside_unindented_sequence_item() {
        assert_eq!(
            locate(DOC, &[key("parameters"), Step::Index(1), key("name")]),
            Some((5, 3))
        );
        assert_eq!(
            locate(DOC, &[key("parameters"), Step::Index(1), key("items"), key("type")]),
            Some((8, 5))
        );
    }

    #[test]
    fn finds_key_inside_indented_sequence_item() {
        assert_eq!(
            locate(DOC, &[key("errors"), Step::Index(0), key("status")]),
            Some((11, 5))
        );
    }

    #[test]
    fn missing_step_falls_back_to_nearest_ancestor() {
        assert_eq!(locate(DOC, &[key("nothing")]), None);
        assert_eq!(locate(DOC, &[key("parameters"), Step::Index(5)]), Some((2, 1)));
    }
}
