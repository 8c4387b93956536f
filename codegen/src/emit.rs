//! Stage 4: the IR as Rust tokens (`quote!`), formatted with `prettyplease`.
//!
//! Generated code only declares types and calls the runtime through
//! `::alibabacloud::__private`; every behaviour lives in the hand-written runtime.
//! No inner attributes and no `//!` comments: the output is `include!`d.

use crate::docs::{doc_attrs, doc_with_note, own_doc_attrs};
use crate::model::{ErrorVariant, Field, Operation, PageStyle, Pagination, Product, Type, TypeDef};
use crate::spec::{HttpMethod, ParamStyle, Signing};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The formatted files of one product, as (path relative to `$OUT_DIR`, source):
/// `<module>/mod.rs` (descriptor, client, shared types, operation modules) first, then
/// one `<module>/operation/<snake>.rs` per operation with that module's body.
pub fn product_files(product: &Product) -> Result<Vec<(String, String)>, syn::Error> {
    let mut files = vec![(format!("{}/mod.rs", product.module), unparse(product_tokens(product))?)];
    for op in &product.operations {
        files.push((operation_path(product, op), unparse(operation_body(op))?));
    }
    Ok(files)
}

fn unparse(tokens: TokenStream) -> Result<String, syn::Error> {
    let file = syn::parse2::<syn::File>(tokens)?;
    Ok(prettyplease::unparse(&file))
}

/// Where an operation's body is written, relative to `$OUT_DIR` (and to `generated/`).
fn operation_path(product: &Product, op: &Operation) -> String {
    format!("{}/operation/{}.rs", product.module, op.snake)
}

/// The formatted source declaring every product module (`$OUT_DIR/products.rs`).
pub fn products_index(products: &[Product]) -> Result<String, syn::Error> {
    let modules = products.iter().map(|p| {
        let module = ident(&p.module);
        let feature = &p.module;
        let file = format!("/{}/mod.rs", p.module);
        let doc = doc_attrs(&format!(
            "{} (API `{}`, version `{}`).\n\n{}",
            p.module,
            p.name,
            p.version,
            p.description.clone().unwrap_or_default()
        ));
        quote! {
            #doc
            #[cfg(feature = #feature)]
            pub mod #module {
                include!(concat!(env!("OUT_DIR"), #file));
            }
        }
    });
    let all = products.iter().map(|p| {
        let module = ident(&p.module);
        let feature = &p.module;
        quote! {
            #[cfg(feature = #feature)]
            &#module::PRODUCT,
        }
    });
    let tokens = quote! {
        #(#modules)*
        /// Every product compiled into this build (the mock server serves them all).
        pub(crate) static PRODUCTS: &[&crate::__private::ProductDescriptor] = &[#(#all)*];
    };
    let file = syn::parse2::<syn::File>(tokens)?;
    Ok(prettyplease::unparse(&file))
}

fn product_tokens(product: &Product) -> TokenStream {
    let name = &product.name;
    let version = &product.version;
    let endpoint = &product.endpoint;
    let vpc = match &product.vpc_endpoint {
        Some(host) => quote!(Some(#host)),
        None => quote!(None),
    };
    let signing = match product.signing {
        Signing::V3 => quote!(::alibabacloud::SignatureVersion::V3),
        Signing::V1 => quote!(::alibabacloud::SignatureVersion::V1),
    };
    let regions = product
        .regional_endpoints
        .iter()
        .map(|(region, host)| quote!((#region, #host)));
    let op_refs = product.operations.iter().map(|op| {
        let module = ident(&op.snake);
        quote!(&operation::#module::OPERATION)
    });
    let methods = product.operations.iter().map(client_method);
    let operations = product.operations.iter().map(|op| operation_module(product, op));
    let shared = product.shared_types.iter().map(|def| type_def(def, true));
    let client_doc = format!("Client for `{name}` version `{version}`: one method per operation.\n\nCheap to clone; clones share the connection pool and credentials.");

    quote! {
        /// What the runtime needs to know about this product: name, version, endpoints and operations.
        pub static PRODUCT: ::alibabacloud::__private::ProductDescriptor = ::alibabacloud::__private::ProductDescriptor {
            name: #name,
            version: #version,
            signing: #signing,
            endpoint: #endpoint,
            vpc_endpoint: #vpc,
            regional_endpoints: &[#(#regions),*],
            operations: &[#(#op_refs),*],
        };

        #[doc = #client_doc]
        #[derive(Clone, Debug)]
        pub struct Client {
            handle: ::alibabacloud::__private::ClientHandle,
        }

        impl Client {
            /// Creates a client from a shared [`Config`](::alibabacloud::Config).
            pub fn new(config: &::alibabacloud::Config) -> Self {
                Client { handle: ::alibabacloud::__private::ClientHandle::new(config, &PRODUCT) }
            }
            #(#methods)*
        }

        /// Structs and enums used by more than one operation.
        pub mod types {
            #(#shared)*
        }

        /// One module per operation: its request, response, error and fluent builder.
        pub mod operation {
            #(#operations)*
        }
    }
}

fn client_method(op: &Operation) -> TokenStream {
    let method = ident(&op.snake);
    let module = ident(&op.snake);
    let builder = format_ident!("{}FluentBuilder", op.camel);
    let doc = operation_doc(op);
    let deprecated = deprecated_attr(op.deprecated);
    quote! {
        #doc
        #deprecated
        pub fn #method(&self) -> operation::#module::#builder {
            operation::#module::#builder::new(self.handle.clone())
        }
    }
}

fn operation_doc(op: &Operation) -> TokenStream {
    let mut text = op.summary.trim().to_string();
    if let Some(description) = &op.description {
        text.push_str("\n\n");
        text.push_str(description.trim());
    }
    let mut note = format!(
        "Action `{}`; {}.",
        op.action,
        if op.read_only {
            "read-only"
        } else {
            "writes: not retried once it may have reached the service"
        }
    );
    if !op.errors.is_empty() {
        note.push_str(&format!(
            "\n\nErrors: [`{}Error`](operation::{}::{}Error).",
            op.camel, op.snake, op.camel
        ));
    }
    doc_with_note(&text, &note)
}

fn deprecated_attr(deprecated: bool) -> TokenStream {
    if deprecated {
        quote!(#[deprecated(note = "deprecated by the service")])
    } else {
        TokenStream::new()
    }
}

/// The operation's module in `mod.rs`; its body is `include!`d from its own file.
fn operation_module(product: &Product, op: &Operation) -> TokenStream {
    let module = ident(&op.snake);
    let module_doc = doc_with_note(&op.summary, &format!("Action `{}`.", op.action));
    let file = format!("/{}", operation_path(product, op));
    quote! {
        #module_doc
        pub mod #module {
            include!(concat!(env!("OUT_DIR"), #file));
        }
    }
}

/// The items of an operation module: descriptor, request, builder, response, error, local types.
fn operation_body(op: &Operation) -> TokenStream {
    let descriptor = operation_descriptor(op);
    let request = request_struct(op);
    let builder = fluent_builder(op);
    let response = response_struct(op);
    let error = error_enum(op);
    let locals = op.local_types.iter().map(|def| type_def(def, false));
    quote! {
        #descriptor
        #request
        #builder
        #response
        #error
        #(#locals)*
    }
}

fn operation_descriptor(op: &Operation) -> TokenStream {
    let action = &op.action;
    let read_only = op.read_only;
    let example = &op.example_response;
    let method = match op.method {
        HttpMethod::Post => quote!(::alibabacloud::__private::HttpMethod::Post),
        HttpMethod::Get => quote!(::alibabacloud::__private::HttpMethod::Get),
    };
    let params = op.params.iter().map(|p| {
        let name = &p.wire;
        let kind = ident(p.ty.scalar_kind());
        let required = p.required;
        let sensitive = p.sensitive;
        let style = match p.style {
            ParamStyle::Flat | ParamStyle::RepeatList => quote!(Flat),
            ParamStyle::Json => quote!(Json),
        };
        quote! {
            ::alibabacloud::__private::ParamDescriptor {
                name: #name,
                kind: ::alibabacloud::__private::ParamKind::#kind,
                required: #required,
                sensitive: #sensitive,
                style: ::alibabacloud::__private::ParamStyle::#style,
            }
        }
    });
    quote! {
        /// The operation as the runtime sees it: action, method, parameters, example response.
        pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
            action: #action,
            method: #method,
            read_only: #read_only,
            params: &[#(#params),*],
            example_response: #example,
        };
    }
}

/// The Rust type of a field as written in an operation module (the caller wraps it in `Option`).
fn rust_type(ty: &Type) -> TokenStream {
    rust_type_in(ty, false)
}

/// The Rust type of a field; `in_types` says the code sits in `types` itself, where shared
/// types need no path (from an operation module they are `super::super::types::X`).
fn rust_type_in(ty: &Type, in_types: bool) -> TokenStream {
    match ty {
        Type::String => quote!(::std::string::String),
        Type::I32 => quote!(i32),
        Type::I64 => quote!(i64),
        Type::F64 => quote!(f64),
        Type::Bool => quote!(bool),
        Type::List(inner) => {
            let inner = rust_type_in(inner, in_types);
            quote!(::std::vec::Vec<#inner>)
        }
        Type::Named { name, shared } => {
            let name = ident(name);
            if *shared && !in_types {
                quote!(super::super::types::#name)
            } else {
                quote!(#name)
            }
        }
    }
}

fn field_doc(field: &Field) -> TokenStream {
    let description = field.description.clone().unwrap_or_default();
    let mut note = format!("Wire name `{}`", field.wire);
    if field.required {
        note.push_str("; required");
    }
    if field.sensitive {
        note.push_str("; sensitive: redacted in Debug output and logs");
    }
    note.push('.');
    if let Some(example) = field.example.as_ref().filter(|_| !field.sensitive) {
        note.push_str(&format!(" Example: `{}`.", example.replace('`', "'")));
    }
    doc_with_note(&description, &note)
}

/// Serde attributes for a response field: wire name, and lenient numbers
/// (the service sometimes sends `"10"` where the spec says integer).
fn serde_field_attrs(field: &Field) -> TokenStream {
    let wire = &field.wire;
    let lenient = match field.ty {
        Type::I32 => Some("::alibabacloud::__private::de::option_i32"),
        Type::I64 => Some("::alibabacloud::__private::de::option_i64"),
        Type::F64 => Some("::alibabacloud::__private::de::option_f64"),
        Type::Bool => Some("::alibabacloud::__private::de::option_bool"),
        _ => None,
    };
    match lenient {
        Some(path) => {
            quote!(#[serde(rename = #wire, deserialize_with = #path, skip_serializing_if = "Option::is_none")])
        }
        None => quote!(#[serde(rename = #wire, skip_serializing_if = "Option::is_none")]),
    }
}

fn debug_impl(name: &Ident, fields: &[Field]) -> TokenStream {
    let label = name.to_string();
    let entries = fields.iter().map(|f| {
        let id = ident(&f.ident);
        let label = &f.ident;
        if f.sensitive {
            quote!(.field(#label, &self.#id.as_ref().map(|_| ::alibabacloud::__private::Redacted)))
        } else {
            quote!(.field(#label, &self.#id))
        }
    });
    quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#label) #(#entries)* .finish()
            }
        }
    }
}

fn request_struct(op: &Operation) -> TokenStream {
    let name = format_ident!("{}Request", op.camel);
    let doc = own_doc_attrs(&format!(
        "Input of [`{}`](super::super::Client::{}).",
        op.action, op.snake
    ));
    let fields = op.params.iter().map(|f| {
        let id = ident(&f.ident);
        let ty = rust_type(&f.ty);
        let doc = field_doc(f);
        let deprecated = deprecated_attr(f.deprecated);
        quote! {
            #doc
            #deprecated
            pub #id: ::std::option::Option<#ty>,
        }
    });
    let writes = op.params.iter().map(|f| {
        let id = ident(&f.ident);
        let wire = &f.wire;
        match f.style {
            ParamStyle::Json => quote!(writer.put_json(#wire, &self.#id);),
            ParamStyle::Flat | ParamStyle::RepeatList => quote!(writer.put(#wire, &self.#id);),
        }
    });
    let debug = debug_impl(&name, &op.params);
    let allow_deprecated = allow_deprecated_if(op.params.iter().any(|f| f.deprecated));
    // An operation without parameters writes nothing; the underscore keeps that warning-free.
    let writer = if op.params.is_empty() {
        format_ident!("_writer")
    } else {
        format_ident!("writer")
    };
    quote! {
        #doc
        #[derive(Clone, Default, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

        #debug

        #allow_deprecated
        impl ::alibabacloud::__private::WriteParams for #name {
            fn write_params(&self, #writer: &mut ::alibabacloud::__private::ParamWriter) {
                #(#writes)*
            }
        }
    }
}

fn allow_deprecated_if(any: bool) -> TokenStream {
    if any {
        quote!(#[allow(deprecated)])
    } else {
        TokenStream::new()
    }
}

fn fluent_builder(op: &Operation) -> TokenStream {
    let name = format_ident!("{}FluentBuilder", op.camel);
    let request = format_ident!("{}Request", op.camel);
    let response = format_ident!("{}Response", op.camel);
    let error = format_ident!("{}Error", op.camel);
    let doc = own_doc_attrs(&format!(
        "Builds and sends a [`{}`] request; get one from [`Client::{}`](super::super::Client::{}).",
        op.camel.clone() + "Request",
        op.snake,
        op.snake
    ));
    let setters = op.params.iter().map(setter);
    let allow_deprecated = allow_deprecated_if(op.params.iter().any(|f| f.deprecated));
    let paginator = op.pagination.as_ref().map(|p| {
        let style = match p.style {
            PageStyle::PageNumber => quote!(PageNumber),
            PageStyle::NextToken => quote!(NextToken),
        };
        quote! {
            /// Every page, as a `Stream`, starting from the page this request names;
            /// `.items()` on it gives every item. Stops after the last page.
            pub fn into_paginator(self) -> ::alibabacloud::Paginator<#response, #error> {
                ::alibabacloud::__private::paginate(self.handle, &OPERATION, self.request, self.options, ::alibabacloud::__private::PageStyle::#style)
            }
        }
    });
    quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct #name {
            handle: ::alibabacloud::__private::ClientHandle,
            request: #request,
            options: ::alibabacloud::CallOptions,
        }

        #allow_deprecated
        impl #name {
            pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
                #name { handle, request: ::std::default::Default::default(), options: ::std::default::Default::default() }
            }

            /// The request as built so far.
            pub fn as_request(&self) -> &#request {
                &self.request
            }

            /// Replaces the whole request.
            pub fn request(mut self, request: #request) -> Self {
                self.request = request;
                self
            }

            /// Overrides client settings (timeouts, retries) for this call only.
            pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
                self.options = options;
                self
            }

            #(#setters)*

            #paginator

            /// Sends the request. Required parameters are checked first; a missing one is an
            /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
            pub async fn send(self) -> ::std::result::Result<#response, ::alibabacloud::Error<#error>> {
                self.handle.invoke(&OPERATION, &self.request, &self.options).await
            }
        }
    }
}

fn setter(field: &Field) -> TokenStream {
    let id = ident(&field.ident);
    let set = format_ident!("set_{}", field.ident.trim_end_matches('_'));
    let doc = field_doc(field);
    let deprecated = deprecated_attr(field.deprecated);
    let ty = rust_type(&field.ty);
    let single = match &field.ty {
        Type::List(inner) => {
            let item = rust_type(inner);
            let item_arg = match inner.as_ref() {
                Type::String => quote!(impl ::std::convert::Into<::std::string::String>),
                _ => item.clone(),
            };
            let conv = match inner.as_ref() {
                Type::String => quote!(item.into()),
                _ => quote!(item),
            };
            quote! {
                #doc
                ///
                /// Appends one item; call again to add more.
                #deprecated
                pub fn #id(mut self, item: #item_arg) -> Self {
                    self.request.#id.get_or_insert_with(::std::vec::Vec::new).push(#conv);
                    self
                }
            }
        }
        Type::String => quote! {
            #doc
            #deprecated
            pub fn #id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
                self.request.#id = Some(value.into());
                self
            }
        },
        _ => quote! {
            #doc
            #deprecated
            pub fn #id(mut self, value: #ty) -> Self {
                self.request.#id = Some(value);
                self
            }
        },
    };
    let set_doc = format!("Sets or clears `{}`.", field.wire);
    quote! {
        #single
        #[doc = #set_doc]
        #deprecated
        pub fn #set(mut self, value: ::std::option::Option<#ty>) -> Self {
            self.request.#id = value;
            self
        }
    }
}

fn response_struct(op: &Operation) -> TokenStream {
    let name = format_ident!("{}Response", op.camel);
    let doc = doc_with_note(
        op.response_description.as_deref().unwrap_or_default(),
        &format!("Output of [`{}`](super::super::Client::{}).", op.action, op.snake),
    );
    let fields = op.response.iter().map(|f| response_field(f, rust_type(&f.ty)));
    let debug = debug_impl(&name, &op.response);
    let accessors = op.response.iter().filter_map(|f| {
        let (inner, item) = f.unwrap.as_ref()?;
        let id = ident(&f.ident);
        let inner = ident(inner);
        let item = rust_type(item);
        let doc = format!("The items inside `{}`, empty when the service sent none.", f.wire);
        Some(quote! {
            #[doc = #doc]
            pub fn #id(&self) -> &[#item] {
                self.#id.as_ref().and_then(|wrapper| wrapper.#inner.as_deref()).unwrap_or_default()
            }
        })
    });
    let paged = op.pagination.as_ref().map(|p| paged_impls(op, p));
    quote! {
        impl #name {
            #(#accessors)*
        }

        #paged

        #doc
        #[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
        #[serde(crate = "::alibabacloud::__private::serde", default)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }

        #debug
    }
}

fn response_field(field: &Field, ty: TokenStream) -> TokenStream {
    let id = ident(&field.ident);
    let doc = field_doc(field);
    let serde = serde_field_attrs(field);
    let deprecated = deprecated_attr(field.deprecated);
    quote! {
        #doc
        #serde
        #deprecated
        pub #id: ::std::option::Option<#ty>,
    }
}

fn is_i64(fields: &[Field], ident_name: &str) -> bool {
    fields.iter().any(|f| f.ident == ident_name && f.ty == Type::I64)
}

/// Reads an integer field as `Option<i64>`, converting only when it is narrower.
fn widen(fields: &[Field], ident_name: &str) -> TokenStream {
    let field = ident(ident_name);
    if is_i64(fields, ident_name) {
        quote!(self.#field)
    } else {
        quote!(self.#field.map(i64::from))
    }
}

/// `PagedRequest`/`PagedResponse`: which fields the runtime's paginator reads and sets.
fn paged_impls(op: &Operation, p: &Pagination) -> TokenStream {
    let request = format_ident!("{}Request", op.camel);
    let response = format_ident!("{}Response", op.camel);
    let cursor = ident(&p.request_cursor);
    let item = rust_type(&p.item);
    let items_field = ident(&p.items_field);
    let into_items = match &p.items_unwrap {
        Some(inner) => {
            let inner = ident(inner);
            quote!(self.#items_field.and_then(|wrapper| wrapper.#inner).unwrap_or_default())
        }
        None => quote!(self.#items_field.unwrap_or_default()),
    };
    let count = match &p.items_unwrap {
        Some(_) => quote!(self.#items_field().len()),
        None => quote!(self.#items_field.as_ref().map_or(0, |items| items.len())),
    };
    let request_side = match p.style {
        PageStyle::PageNumber => {
            let size = p.request_page_size.as_ref().map(|size| {
                let size = ident(size);
                let read = widen(&op.params, &size.to_string());
                quote! {
                    fn page_size(&self) -> ::std::option::Option<i64> {
                        #read
                    }
                }
            });
            let read = widen(&op.params, &p.request_cursor);
            let set = if is_i64(&op.params, &p.request_cursor) {
                quote!(Some(page))
            } else {
                quote!(::std::convert::TryFrom::try_from(page).ok())
            };
            quote! {
                #size
                fn page_number(&self) -> ::std::option::Option<i64> {
                    #read
                }
                fn set_page_number(&mut self, page: i64) {
                    self.#cursor = #set;
                }
            }
        }
        PageStyle::NextToken => quote! {
            fn set_next_token(&mut self, token: ::std::string::String) {
                self.#cursor = Some(token);
            }
        },
    };
    let optional_i64 = |name: &str, field: &Option<String>| {
        field.as_ref().map(|field| {
            let method = ident(name);
            let read = widen(&op.response, field);
            quote! {
                fn #method(&self) -> ::std::option::Option<i64> {
                    #read
                }
            }
        })
    };
    let total = optional_i64("total_count", &p.response_total);
    let page_size = optional_i64("page_size", &p.response_page_size);
    let next_token = p.response_next_token.as_ref().map(|field| {
        let field = ident(field);
        quote! {
            fn next_token(&self) -> ::std::option::Option<&str> {
                self.#field.as_deref()
            }
        }
    });
    quote! {
        impl ::alibabacloud::__private::PagedRequest for #request {
            #request_side
        }

        impl ::alibabacloud::__private::PagedResponse for #response {
            type Item = #item;
            fn item_count(&self) -> usize {
                #count
            }
            fn into_items(self) -> ::std::vec::Vec<#item> {
                #into_items
            }
            #total
            #page_size
            #next_token
        }
    }
}

fn error_enum(op: &Operation) -> TokenStream {
    let name = format_ident!("{}Error", op.camel);
    let doc = own_doc_attrs(&format!(
        "The errors [`{}`](super::super::Client::{}) documents, plus [`Unhandled`]({}::Unhandled) for any other code.\n\nEvery variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.",
        op.action, op.snake, name
    ));
    let variants = op.errors.iter().map(|e| {
        let variant = ident(&e.variant);
        let doc = doc_attrs(&error_doc(e));
        quote! {
            #doc
            #variant(::alibabacloud::ServiceError),
        }
    });
    let arms = op.errors.iter().map(|e| {
        let variant = ident(&e.variant);
        let code = &e.code;
        quote!(#code => #name::#variant(error),)
    });
    // No documented codes: a match with only the fallback arm would be noise.
    let from_body = if op.errors.is_empty() {
        quote!(#name::Unhandled(error))
    } else {
        quote! {
            match error.code() {
                #(#arms)*
                _ => #name::Unhandled(error),
            }
        }
    };
    let all_variants: Vec<Ident> = op
        .errors
        .iter()
        .map(|e| ident(&e.variant))
        .chain([ident("Unhandled")])
        .collect();
    quote! {
        #doc
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// An error code this operation does not document; `code()` tells which.
            Unhandled(::alibabacloud::ServiceError),
        }

        impl ::alibabacloud::__private::ServiceErrorKind for #name {
            fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
                #from_body
            }
            fn service_error(&self) -> &::alibabacloud::ServiceError {
                match self {
                    #(#name::#all_variants(error))|* => error,
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(::alibabacloud::__private::ServiceErrorKind::service_error(self), f)
            }
        }

        impl ::std::error::Error for #name {}
    }
}

fn error_doc(error: &ErrorVariant) -> String {
    let mut doc = format!("HTTP {} `{}`", error.status, error.code);
    if let Some(message) = &error.message {
        doc.push_str(&format!(": {message}"));
    }
    if let Some(description) = &error.description {
        doc.push_str(&format!("\n\n{description}"));
    }
    doc
}

/// A struct or enum; `in_types` says whether it is emitted in `types` (paths differ).
fn type_def(def: &TypeDef, in_types: bool) -> TokenStream {
    match def {
        TypeDef::Struct {
            name,
            description,
            fields,
        } => struct_def(name, description.as_deref(), fields, in_types),
        TypeDef::Enum {
            name,
            description,
            values,
        } => {
            let name = ident(name);
            let doc = doc_attrs(
                description
                    .as_deref()
                    .unwrap_or("A value the service defines; unknown values are kept."),
            );
            let variants: Vec<Ident> = values.iter().map(|v| ident(&v.variant)).collect();
            let wires: Vec<&str> = values.iter().map(|v| v.wire.as_str()).collect();
            quote! {
                #doc
                #[derive(Clone, Debug, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum #name {
                    #(#[doc = #wires] #variants,)*
                    /// A value this SDK does not know yet, kept as sent.
                    Unknown(::std::string::String),
                }

                impl #name {
                    /// The value as the service spells it.
                    pub fn as_str(&self) -> &str {
                        match self {
                            #(#name::#variants => #wires,)*
                            #name::Unknown(value) => value,
                        }
                    }
                }

                impl ::std::convert::From<&str> for #name {
                    fn from(value: &str) -> Self {
                        match value {
                            #(#wires => #name::#variants,)*
                            other => #name::Unknown(other.to_string()),
                        }
                    }
                }

                impl ::std::fmt::Display for #name {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }

                impl ::alibabacloud::__private::serde::Serialize for #name {
                    fn serialize<S: ::alibabacloud::__private::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                        serializer.serialize_str(self.as_str())
                    }
                }

                impl<'de> ::alibabacloud::__private::serde::Deserialize<'de> for #name {
                    fn deserialize<D: ::alibabacloud::__private::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                        ::alibabacloud::__private::de::string(deserializer).map(|value| #name::from(value.as_str()))
                    }
                }

                impl ::alibabacloud::__private::ParamValue for #name {
                    fn write_param(&self, key: &str, writer: &mut ::alibabacloud::__private::ParamWriter) {
                        writer.put_str(key, self.as_str());
                    }
                }
            }
        }
    }
}

fn struct_def(name: &str, description: Option<&str>, fields: &[Field], in_types: bool) -> TokenStream {
    let name = ident(name);
    let doc = doc_attrs(description.unwrap_or("A structure the service defines."));
    let members = fields.iter().map(|f| response_field(f, rust_type_in(&f.ty, in_types)));
    let writes = fields.iter().map(|f| {
        let id = ident(&f.ident);
        let wire = &f.wire;
        quote!(writer.put_field(key, #wire, &self.#id);)
    });
    let debug = debug_impl(&name, fields);
    let allow_deprecated = allow_deprecated_if(fields.iter().any(|f| f.deprecated));
    let items = match fields {
        [only] => match &only.ty {
            Type::List(item) => {
                let id = ident(&only.ident);
                let item = rust_type_in(item, in_types);
                quote! {
                    impl #name {
                        /// The items of this wrapper, empty when the service sent none.
                        pub fn items(&self) -> &[#item] {
                            self.#id.as_deref().unwrap_or_default()
                        }
                    }
                }
            }
            _ => TokenStream::new(),
        },
        _ => TokenStream::new(),
    };
    quote! {
        #items

        #doc
        #[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Serialize, ::alibabacloud::__private::serde::Deserialize)]
        #[serde(crate = "::alibabacloud::__private::serde", default)]
        pub struct #name {
            #(#members)*
        }

        #debug

        #allow_deprecated
        impl ::alibabacloud::__private::ParamValue for #name {
            fn write_param(&self, key: &str, writer: &mut ::alibabacloud::__private::ParamWriter) {
                #(#writes)*
            }
        }
    }
}
