//! The product-level parts of the metadata: `info` and `endpoints`.

use super::json::Json;
use super::walk::{Obj, Walker};
use crate::spec::{OrderedMap, Style};

pub fn product_info(w: &mut Walker, mut info: Obj) -> (Option<String>, Option<String>, Option<Style>) {
    let product = info.required_string(w, "product").map(str::to_string);
    let version = info.required_string(w, "version").map(str::to_string);
    let style = info.required_string(w, "style").and_then(|style| match style {
        "RPC" => Some(Style::Rpc),
        other => {
            w.problem(
                &info.at("style"),
                format!("unsupported style {other:?}; only \"RPC\" is supported"),
            );
            None
        }
    });
    info.finish(w);
    (product, version, style)
}

pub fn endpoints(w: &mut Walker, list: &[Json]) -> Option<(String, OrderedMap<String>)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (index, value) in list.iter().enumerate() {
        let Some(mut entry) = w.object(value, &format!("endpoints[{index}]")) else {
            continue;
        };
        let region = entry.required_string(w, "regionId");
        let host = entry.required_string(w, "endpoint");
        entry.finish(w);
        if let (Some(region), Some(host)) = (region, host) {
            pairs.push((region.to_string(), host.to_string()));
        }
    }
    // The most common host; a tie goes to the one listed first, so the choice is stable.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (_, host) in &pairs {
        match counts.iter_mut().find(|(h, _)| h == host) {
            Some(entry) => entry.1 += 1,
            None => counts.push((host, 1)),
        }
    }
    let default = counts
        .iter()
        .enumerate()
        .max_by_key(|(index, (_, count))| (*count, std::cmp::Reverse(*index)))
        .map(|(_, (host, _))| host.to_string())?;
    let mut regional: Vec<(String, String)> = Vec::new();
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    for (index, (region, host)) in pairs.iter().enumerate() {
        if let Some((_, previous)) = pairs[..index].iter().rev().find(|(r, _)| r == region) {
            if previous != host {
                w.problem(
                    "endpoints",
                    format!("region {region:?} is listed with two hosts, {previous:?} and {host:?}"),
                );
            }
            continue;
        }
        if *host != default {
            regional.push((region.clone(), host.clone()));
        }
    }
    Some((default, OrderedMap(regional)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoint_list(text: &str) -> (Option<(String, OrderedMap<String>)>, Walker) {
        let json = Json::parse(text).unwrap();
        let Json::Array(list) = json else {
            panic!("not an array")
        };
        let mut w = Walker::default();
        (endpoints(&mut w, &list), w)
    }

    #[test]
    fn the_most_common_host_is_the_default_and_the_rest_are_regional() {
        let (found, w) = endpoint_list(
            r#"[{"regionId": "b", "endpoint": "x.b.com"}, {"regionId": "c", "endpoint": "x.com"},
                {"regionId": "a", "endpoint": "x.a.com"}, {"regionId": "d", "endpoint": "x.com"}]"#,
        );
        assert!(w.problems.is_empty());
        let (default, regional) = found.unwrap();
        assert_eq!(default, "x.com");
        assert_eq!(
            regional.0,
            [
                ("a".to_string(), "x.a.com".to_string()),
                ("b".to_string(), "x.b.com".to_string())
            ]
        );
    }

    #[test]
    fn a_tie_goes_to_the_first_host_and_a_region_with_two_hosts_is_an_error() {
        let (found, _) =
            endpoint_list(r#"[{"regionId": "b", "endpoint": "y.com"}, {"regionId": "a", "endpoint": "x.com"}]"#);
        assert_eq!(found.unwrap().0, "y.com");
        let (_, w) =
            endpoint_list(r#"[{"regionId": "a", "endpoint": "y.com"}, {"regionId": "a", "endpoint": "x.com"}]"#);
        assert_eq!(
            w.problems[0].to_string(),
            r#"endpoints: region "a" is listed with two hosts, "y.com" and "x.com""#
        );
    }
}
