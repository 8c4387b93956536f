//! Paginators: a list operation as a `Stream` of pages, or of items.
//!
//! Two styles exist in Alibaba Cloud APIs: `PageNumber`/`PageSize` with `TotalCount`, and
//! `NextToken`/`MaxResults`. Generated code says which fields play which part by
//! implementing [`PagedRequest`] and [`PagedResponse`]; the loop lives here, once.

use crate::client::ClientHandle;
use crate::config::CallOptions;
use crate::descriptor::OperationDescriptor;
use crate::error::{Error, OperationError, ResponseError};
use crate::params::WriteParams;
use futures_util::stream::{self, BoxStream, Stream, StreamExt};
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::pin::Pin;
use std::task::{Context, Poll};

/// How a request asks for a page.
pub trait PagedRequest: Clone {
    /// The page size the caller asked for, if any (PageNumber style).
    fn page_size(&self) -> Option<i64> {
        None
    }
    /// The page the request asks for (PageNumber style; the service starts at 1).
    fn page_number(&self) -> Option<i64> {
        None
    }
    fn set_page_number(&mut self, _page: i64) {}
    fn set_next_token(&mut self, _token: String) {}
}

/// How a response describes its page.
pub trait PagedResponse {
    type Item;
    fn item_count(&self) -> usize;
    fn into_items(self) -> Vec<Self::Item>;
    fn total_count(&self) -> Option<i64> {
        None
    }
    fn page_size(&self) -> Option<i64> {
        None
    }
    fn next_token(&self) -> Option<&str> {
        None
    }
}

/// Which pagination style an operation uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageStyle {
    PageNumber,
    NextToken,
}

/// The service's default page size when none is given.
const DEFAULT_PAGE_SIZE: i64 = 10;

/// A `Stream` of pages; [`Paginator::items`] flattens it into a `Stream` of items.
/// It stops after the last page, and with an error when the service repeats a token.
pub struct Paginator<O: PagedResponse, E> {
    pages: BoxStream<'static, Result<O, Error<E>>>,
}

impl<O: PagedResponse, E> Stream for Paginator<O, E> {
    type Item = Result<O, Error<E>>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.pages.as_mut().poll_next(cx)
    }
}

impl<O, E> Paginator<O, E>
where
    O: PagedResponse + Send + 'static,
    O::Item: Send + 'static,
    E: Send + 'static,
{
    /// Every item of every page, in order; an error ends the stream after it is yielded.
    pub fn items(self) -> BoxStream<'static, Result<O::Item, Error<E>>> {
        self.pages
            .flat_map(|page| {
                let items: Vec<Result<O::Item, Error<E>>> = match page {
                    Ok(page) => page.into_items().into_iter().map(Ok).collect(),
                    Err(err) => vec![Err(err)],
                };
                stream::iter(items)
            })
            .boxed()
    }
}

struct State<R> {
    request: R,
    seen_tokens: HashSet<String>,
    done: bool,
}

/// Builds the paginator for one operation; called by generated `into_paginator()`.
pub fn paginate<R, O, E>(
    handle: ClientHandle,
    op: &'static OperationDescriptor,
    request: R,
    options: CallOptions,
    style: PageStyle,
) -> Paginator<O, E>
where
    R: WriteParams + PagedRequest + Send + Sync + 'static,
    O: DeserializeOwned + PagedResponse + Send + 'static,
    E: OperationError + Send + 'static,
{
    let state = State {
        request,
        seen_tokens: HashSet::new(),
        done: false,
    };
    let pages = stream::unfold(state, move |mut state| {
        let handle = handle.clone();
        let options = options.clone();
        async move {
            if state.done {
                return None;
            }
            let result: Result<O, Error<E>> = handle.invoke(op, &state.request, &options).await;
            let page = match result {
                Ok(page) => page,
                Err(err) => {
                    state.done = true;
                    return Some((Err(err), state));
                }
            };
            match style {
                PageStyle::PageNumber => advance_page_number(&mut state, &page),
                PageStyle::NextToken => {
                    if let Err(err) = advance_token(&mut state, &page, op) {
                        state.done = true;
                        return Some((Err(err.into()), state));
                    }
                }
            }
            Some((Ok(page), state))
        }
    });
    Paginator { pages: pages.boxed() }
}

fn advance_page_number<R: PagedRequest, O: PagedResponse>(state: &mut State<R>, page: &O) {
    let current = state.request.page_number().unwrap_or(1);
    let size = page
        .page_size()
        .or(state.request.page_size())
        .unwrap_or(DEFAULT_PAGE_SIZE)
        .max(1);
    let fetched_through = current.saturating_mul(size);
    let count = page.item_count() as i64;
    let last = count == 0 || count < size || page.total_count().is_some_and(|total| fetched_through >= total);
    if last {
        state.done = true;
    } else {
        state.request.set_page_number(current + 1);
    }
}

fn advance_token<R: PagedRequest, O: PagedResponse>(
    state: &mut State<R>,
    page: &O,
    op: &OperationDescriptor,
) -> Result<(), ResponseError> {
    match page.next_token().filter(|token| !token.is_empty()) {
        None => state.done = true,
        Some(token) if !state.seen_tokens.insert(token.to_string()) => {
            return Err(ResponseError::new(
                200,
                format!(
                    "{} returned NextToken {token:?} a second time; stopping instead of looping",
                    op.action
                ),
                b"",
            ));
        }
        Some(token) => state.request.set_next_token(token.to_string()),
    }
    Ok(())
}
