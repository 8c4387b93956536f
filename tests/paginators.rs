//! Paginators against the mock server: several pages, an empty result, a repeated token.

use alibabacloud::mock::{MockResponse, MockServer};
use alibabacloud::resourcemanager::Client;
use alibabacloud::Error;
use futures_util::StreamExt;

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await.expect("mock server");
    let config = server.config().expect("config");
    (server, Client::new(&config))
}

fn accounts_page(page: u32, total: u32, ids: &[&str]) -> MockResponse {
    let accounts: Vec<serde_json::Value> = ids
        .iter()
        .map(|id| serde_json::json!({"AccountId": id, "DisplayName": format!("member {id}")}))
        .collect();
    let body = serde_json::json!({
        "RequestId": format!("R{page}"),
        "PageNumber": page,
        "PageSize": 2,
        "TotalCount": total.to_string(), // numbers as strings must be accepted too
        "Accounts": {"Account": accounts},
    });
    MockResponse::json(200, body.to_string())
}

fn tags_page(token: Option<&str>, keys: &[&str]) -> MockResponse {
    let tags: Vec<serde_json::Value> = keys.iter().map(|key| serde_json::json!({"Key": key})).collect();
    let mut body = serde_json::json!({"RequestId": "R", "Tags": tags});
    if let Some(token) = token {
        body["NextToken"] = serde_json::json!(token);
    }
    MockResponse::json(200, body.to_string())
}

#[tokio::test]
async fn page_number_paginator_walks_every_page_and_stops() {
    let (server, client) = setup().await;
    server.script("ListAccounts", accounts_page(1, 5, &["a1", "a2"]));
    server.script("ListAccounts", accounts_page(2, 5, &["a3", "a4"]));
    server.script("ListAccounts", accounts_page(3, 5, &["a5"]));
    let items: Vec<_> = client
        .list_accounts()
        .page_size(2)
        .into_paginator()
        .items()
        .collect()
        .await;
    let ids: Vec<String> = items
        .into_iter()
        .map(|item| item.expect("item").account_id.expect("account id"))
        .collect();
    assert_eq!(ids, ["a1", "a2", "a3", "a4", "a5"]);
    let requests = server.requests();
    let pages: Vec<Option<&str>> = requests.iter().map(|r| r.param("PageNumber")).collect();
    assert_eq!(pages, [None, Some("2"), Some("3")], "three requests, then it stops");
    assert!(requests
        .iter()
        .all(|r| r.param("PageSize") == Some("2") && r.rejection.is_none()));
}

#[tokio::test]
async fn pages_are_a_stream_with_the_wrapper_accessor() {
    let (server, client) = setup().await;
    server.script("ListAccounts", accounts_page(1, 3, &["a1", "a2"]));
    server.script("ListAccounts", accounts_page(2, 3, &["a3"]));
    let pages: Vec<_> = client.list_accounts().page_size(2).into_paginator().collect().await;
    assert_eq!(pages.len(), 2);
    let first = pages[0].as_ref().expect("page 1");
    assert_eq!(first.total_count, Some(3));
    assert_eq!(first.accounts().len(), 2, "accessor yields the wrapped items");
    assert_eq!(first.accounts.as_ref().map(|wrapper| wrapper.items().len()), Some(2));
}

#[tokio::test]
async fn empty_result_is_one_empty_page() {
    let (server, client) = setup().await;
    server.script(
        "ListAccounts",
        MockResponse::json(
            200,
            r#"{"RequestId":"R","TotalCount":0,"PageNumber":1,"PageSize":10,"Accounts":{"Account":[]}}"#,
        ),
    );
    let pages: Vec<_> = client.list_accounts().into_paginator().collect().await;
    assert_eq!(pages.len(), 1);
    assert!(pages[0].as_ref().expect("page").accounts().is_empty());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn next_token_paginator_follows_tokens() {
    let (server, client) = setup().await;
    server.script("ListTagKeys", tags_page(Some("t1"), &["k1", "k2"]));
    server.script("ListTagKeys", tags_page(Some("t2"), &["k3"]));
    server.script("ListTagKeys", tags_page(None, &["k4"]));
    let keys: Vec<String> = client
        .list_tag_keys()
        .resource_type("ResourceGroup")
        .max_results(2)
        .into_paginator()
        .items()
        .map(|item| item.expect("item").key.expect("key"))
        .collect()
        .await;
    assert_eq!(keys, ["k1", "k2", "k3", "k4"]);
    let sent: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| r.param("NextToken").map(str::to_owned))
        .collect();
    assert_eq!(sent, [None, Some("t1".to_string()), Some("t2".to_string())]);
}

#[tokio::test]
async fn repeated_token_stops_with_an_error_not_a_loop() {
    let (server, client) = setup().await;
    server.script("ListTagKeys", tags_page(Some("same"), &["k1"]));
    server.script("ListTagKeys", tags_page(Some("same"), &["k2"]));
    server.script("ListTagKeys", tags_page(Some("same"), &["k3"]));
    let results: Vec<_> = client
        .list_tag_keys()
        .resource_type("ResourceGroup")
        .into_paginator()
        .collect()
        .await;
    assert_eq!(results.len(), 2, "one page, then the error, then the end");
    assert!(results[0].is_ok());
    match &results[1] {
        Err(Error::Response(err)) => assert!(err.reason.contains("NextToken \"same\" a second time"), "{err}"),
        other => panic!("expected a repeated-token error, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn an_error_page_ends_the_stream() {
    let (server, client) = setup().await;
    server.script("ListAccounts", accounts_page(1, 4, &["a1", "a2"]));
    server.script("ListAccounts", MockResponse::error(400, "InvalidParameter", "bad page"));
    let items: Vec<_> = client
        .list_accounts()
        .page_size(2)
        .into_paginator()
        .items()
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert_eq!(items[2].as_ref().err().and_then(|e| e.code()), Some("InvalidParameter"));
}
