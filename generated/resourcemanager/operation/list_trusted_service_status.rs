/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListTrustedServiceStatus",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PageNumber",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PageSize",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "AdminAccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"EnabledServicePrincipals\":{\"EnabledServicePrincipal\":[{\"EnableTime\":\"2019-02-18T15:32:10.473Z\",\"ServicePrincipal\":\"config.aliyuncs.com\"}]},\"PageNumber\":1,\"PageSize\":10,\"RequestId\":\"CD76D376-2517-4924-92C5-DBC52262F93A\",\"TotalCount\":2}",
};
/// Input of [`ListTrustedServiceStatus`](super::super::Client::list_trusted_service_status).
#[derive(Clone, Default, PartialEq)]
pub struct ListTrustedServiceStatusRequest {
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub page_number: ::std::option::Option<i32>,
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub page_size: ::std::option::Option<i32>,
    /// 管理账号或委派管理员账号。取值：
    /// - 管理账号（默认值）：查询管理账号已启用的可信服务列表。
    /// - 委派管理员账号：查询委派管理员账号已启用的可信服务列表。
    ///
    /// 关于可信服务和委派管理员账号的更多信息，请参见\[可信服务概述\](~~208133~~)和\[管理委派管理员账号\](~~208117~~)。
    ///
    /// Wire name `AdminAccountId`. Example: `177242285274****`.
    pub admin_account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTrustedServiceStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTrustedServiceStatusRequest")
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .field("admin_account_id", &self.admin_account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListTrustedServiceStatusRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
        writer.put("AdminAccountId", &self.admin_account_id);
    }
}
/// Builds and sends a [`ListTrustedServiceStatusRequest`] request; get one from [`Client::list_trusted_service_status`](super::super::Client::list_trusted_service_status).
#[derive(Clone, Debug)]
pub struct ListTrustedServiceStatusFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListTrustedServiceStatusRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListTrustedServiceStatusFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListTrustedServiceStatusFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListTrustedServiceStatusRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListTrustedServiceStatusRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.request.page_number = Some(value);
        self
    }
    ///Sets or clears `PageNumber`.
    pub fn set_page_number(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.page_number = value;
        self
    }
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.request.page_size = Some(value);
        self
    }
    ///Sets or clears `PageSize`.
    pub fn set_page_size(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.page_size = value;
        self
    }
    /// 管理账号或委派管理员账号。取值：
    /// - 管理账号（默认值）：查询管理账号已启用的可信服务列表。
    /// - 委派管理员账号：查询委派管理员账号已启用的可信服务列表。
    ///
    /// 关于可信服务和委派管理员账号的更多信息，请参见\[可信服务概述\](~~208133~~)和\[管理委派管理员账号\](~~208117~~)。
    ///
    /// Wire name `AdminAccountId`. Example: `177242285274****`.
    pub fn admin_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.admin_account_id = Some(value.into());
        self
    }
    ///Sets or clears `AdminAccountId`.
    pub fn set_admin_account_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.admin_account_id = value;
        self
    }
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<
        ListTrustedServiceStatusResponse,
        ListTrustedServiceStatusError,
    > {
        ::alibabacloud::__private::paginate(
            self.handle,
            &OPERATION,
            self.request,
            self.options,
            ::alibabacloud::__private::PageStyle::PageNumber,
        )
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListTrustedServiceStatusResponse,
        ::alibabacloud::Error<ListTrustedServiceStatusError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListTrustedServiceStatusResponse {
    ///The items inside `EnabledServicePrincipals`, empty when the service sent none.
    pub fn enabled_service_principals(&self) -> &[EnabledServicePrincipal] {
        self.enabled_service_principals
            .as_ref()
            .and_then(|wrapper| wrapper.enabled_service_principal.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListTrustedServiceStatusRequest {
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
    fn page_number(&self) -> ::std::option::Option<i64> {
        self.page_number.map(i64::from)
    }
    fn set_page_number(&mut self, page: i64) {
        self.page_number = ::std::convert::TryFrom::try_from(page).ok();
    }
}
impl ::alibabacloud::__private::PagedResponse for ListTrustedServiceStatusResponse {
    type Item = EnabledServicePrincipal;
    fn item_count(&self) -> usize {
        self.enabled_service_principals().len()
    }
    fn into_items(self) -> ::std::vec::Vec<EnabledServicePrincipal> {
        self.enabled_service_principals
            .and_then(|wrapper| wrapper.enabled_service_principal)
            .unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// 返回结果。
///
/// Output of [`ListTrustedServiceStatus`](super::super::Client::list_trusted_service_status).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListTrustedServiceStatusResponse {
    /// 数据总条数。
    ///
    /// Wire name `TotalCount`. Example: `2`.
    #[serde(
        rename = "TotalCount",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `CD76D376-2517-4924-92C5-DBC52262F93A`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 分页时每页显示的数据行数。
    ///
    /// Wire name `PageSize`. Example: `10`.
    #[serde(
        rename = "PageSize",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// 页码。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    #[serde(
        rename = "PageNumber",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// Wire name `EnabledServicePrincipals`.
    #[serde(
        rename = "EnabledServicePrincipals",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled_service_principals: ::std::option::Option<EnabledServicePrincipals>,
}
impl ::std::fmt::Debug for ListTrustedServiceStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTrustedServiceStatusResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("enabled_service_principals", &self.enabled_service_principals)
            .finish()
    }
}
/// The errors [`ListTrustedServiceStatus`](super::super::Client::list_trusted_service_status) documents, plus [`Unhandled`](ListTrustedServiceStatusError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListTrustedServiceStatusError {
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListTrustedServiceStatusError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.ResourceDirectory" => {
                ListTrustedServiceStatusError::EntityNotExistsResourceDirectory(error)
            }
            _ => ListTrustedServiceStatusError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListTrustedServiceStatusError::EntityNotExistsResourceDirectory(error)
            | ListTrustedServiceStatusError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListTrustedServiceStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListTrustedServiceStatusError {}
/// 已启用的可信服务列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct EnabledServicePrincipal {
    /// 可信服务标识。
    ///
    /// Wire name `ServicePrincipal`. Example: `config.aliyuncs.com`.
    #[serde(rename = "ServicePrincipal", skip_serializing_if = "Option::is_none")]
    pub service_principal: ::std::option::Option<::std::string::String>,
    /// 启用可信服务的时间。
    ///
    /// Wire name `EnableTime`. Example: `2019-02-18T15:32:10.473Z`.
    #[serde(rename = "EnableTime", skip_serializing_if = "Option::is_none")]
    pub enable_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EnabledServicePrincipal {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnabledServicePrincipal")
            .field("service_principal", &self.service_principal)
            .field("enable_time", &self.enable_time)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for EnabledServicePrincipal {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "ServicePrincipal", &self.service_principal);
        writer.put_field(key, "EnableTime", &self.enable_time);
    }
}
impl EnabledServicePrincipals {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[EnabledServicePrincipal] {
        self.enabled_service_principal.as_deref().unwrap_or_default()
    }
}
/// A structure the service defines.
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct EnabledServicePrincipals {
    /// 已启用的可信服务列表。
    ///
    /// Wire name `EnabledServicePrincipal`.
    #[serde(rename = "EnabledServicePrincipal", skip_serializing_if = "Option::is_none")]
    pub enabled_service_principal: ::std::option::Option<
        ::std::vec::Vec<EnabledServicePrincipal>,
    >,
}
impl ::std::fmt::Debug for EnabledServicePrincipals {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnabledServicePrincipals")
            .field("enabled_service_principal", &self.enabled_service_principal)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for EnabledServicePrincipals {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer
            .put_field(key, "EnabledServicePrincipal", &self.enabled_service_principal);
    }
}
