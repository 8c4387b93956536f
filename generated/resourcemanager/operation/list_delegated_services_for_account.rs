/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListDelegatedServicesForAccount",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "AccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"DelegatedServices\":{\"DelegatedService\":[{\"DelegationEnabledTime\":\"1616652684164\",\"ServicePrincipal\":\"cloudfw.aliyuncs.com\",\"Status\":\"ENABLED\"}]},\"RequestId\":\"D9C03B94-9396-4794-A74B-13DC437556A6\"}",
};
/// Input of [`ListDelegatedServicesForAccount`](super::super::Client::list_delegated_services_for_account).
#[derive(Clone, Default, PartialEq)]
pub struct ListDelegatedServicesForAccountRequest {
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `138660628348****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListDelegatedServicesForAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListDelegatedServicesForAccountRequest")
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListDelegatedServicesForAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`ListDelegatedServicesForAccountRequest`] request; get one from [`Client::list_delegated_services_for_account`](super::super::Client::list_delegated_services_for_account).
#[derive(Clone, Debug)]
pub struct ListDelegatedServicesForAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListDelegatedServicesForAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListDelegatedServicesForAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListDelegatedServicesForAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListDelegatedServicesForAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListDelegatedServicesForAccountRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `138660628348****`.
    pub fn account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.account_id = Some(value.into());
        self
    }
    ///Sets or clears `AccountId`.
    pub fn set_account_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.account_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListDelegatedServicesForAccountResponse,
        ::alibabacloud::Error<ListDelegatedServicesForAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListDelegatedServicesForAccountResponse {
    ///The items inside `DelegatedServices`, empty when the service sent none.
    pub fn delegated_services(&self) -> &[DelegatedService] {
        self.delegated_services
            .as_ref()
            .and_then(|wrapper| wrapper.delegated_service.as_deref())
            .unwrap_or_default()
    }
}
/// 返回结果。
///
/// Output of [`ListDelegatedServicesForAccount`](super::super::Client::list_delegated_services_for_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListDelegatedServicesForAccountResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `D9C03B94-9396-4794-A74B-13DC437556A6`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// Wire name `DelegatedServices`.
    #[serde(rename = "DelegatedServices", skip_serializing_if = "Option::is_none")]
    pub delegated_services: ::std::option::Option<DelegatedServices>,
}
impl ::std::fmt::Debug for ListDelegatedServicesForAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListDelegatedServicesForAccountResponse")
            .field("request_id", &self.request_id)
            .field("delegated_services", &self.delegated_services)
            .finish()
    }
}
/// The errors [`ListDelegatedServicesForAccount`](super::super::Client::list_delegated_services_for_account) documents, plus [`Unhandled`](ListDelegatedServicesForAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDelegatedServicesForAccountError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for ListDelegatedServicesForAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListDelegatedServicesForAccountError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListDelegatedServicesForAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListDelegatedServicesForAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListDelegatedServicesForAccountError {}
/// 可信服务信列表。
///
/// > 如果返回为空，则表示查询的成员不是委派管理员账号。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct DelegatedService {
    /// 设置为委派管理员账号的时间戳。
    ///
    /// Wire name `DelegationEnabledTime`. Example: `1616652684164`.
    #[serde(rename = "DelegationEnabledTime", skip_serializing_if = "Option::is_none")]
    pub delegation_enabled_time: ::std::option::Option<::std::string::String>,
    /// 可信服务的标识。
    ///
    /// Wire name `ServicePrincipal`. Example: `cloudfw.aliyuncs.com`.
    #[serde(rename = "ServicePrincipal", skip_serializing_if = "Option::is_none")]
    pub service_principal: ::std::option::Option<::std::string::String>,
    /// 可信服务的启用状态。取值：
    ///
    /// - ENABLED：已启用。
    /// - DISABLED：未启用。
    ///
    /// Wire name `Status`. Example: `ENABLED`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DelegatedService {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DelegatedService")
            .field("delegation_enabled_time", &self.delegation_enabled_time)
            .field("service_principal", &self.service_principal)
            .field("status", &self.status)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for DelegatedService {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "DelegationEnabledTime", &self.delegation_enabled_time);
        writer.put_field(key, "ServicePrincipal", &self.service_principal);
        writer.put_field(key, "Status", &self.status);
    }
}
impl DelegatedServices {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[DelegatedService] {
        self.delegated_service.as_deref().unwrap_or_default()
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
pub struct DelegatedServices {
    /// 可信服务列表。
    ///
    /// > 如果返回为空，则表示查询的成员不是委派管理员账号。
    ///
    /// Wire name `DelegatedService`.
    #[serde(rename = "DelegatedService", skip_serializing_if = "Option::is_none")]
    pub delegated_service: ::std::option::Option<::std::vec::Vec<DelegatedService>>,
}
impl ::std::fmt::Debug for DelegatedServices {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DelegatedServices")
            .field("delegated_service", &self.delegated_service)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for DelegatedServices {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "DelegatedService", &self.delegated_service);
    }
}
