/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeregisterDelegatedAdministrator",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "AccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "ServicePrincipal",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"DF5D5C52-7BD0-40E7-94C6-23A1505038A2\"}",
};
/// Input of [`DeregisterDelegatedAdministrator`](super::super::Client::deregister_delegated_administrator).
#[derive(Clone, Default, PartialEq)]
pub struct DeregisterDelegatedAdministratorRequest {
    /// 资源目录中的成员账号UID。
    ///
    /// Wire name `AccountId`; required. Example: `181761095690****`.
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 可信服务的标识。
    ///
    /// 具体信息，请参见\[支持的可信服务\](~~208133~~)中的`可信服务标识`列。
    ///
    /// Wire name `ServicePrincipal`; required. Example: `cloudfw.aliyuncs.com`.
    pub service_principal: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeregisterDelegatedAdministratorRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeregisterDelegatedAdministratorRequest")
            .field("account_id", &self.account_id)
            .field("service_principal", &self.service_principal)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeregisterDelegatedAdministratorRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
        writer.put("ServicePrincipal", &self.service_principal);
    }
}
/// Builds and sends a [`DeregisterDelegatedAdministratorRequest`] request; get one from [`Client::deregister_delegated_administrator`](super::super::Client::deregister_delegated_administrator).
#[derive(Clone, Debug)]
pub struct DeregisterDelegatedAdministratorFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeregisterDelegatedAdministratorRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeregisterDelegatedAdministratorFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeregisterDelegatedAdministratorFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeregisterDelegatedAdministratorRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeregisterDelegatedAdministratorRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 资源目录中的成员账号UID。
    ///
    /// Wire name `AccountId`; required. Example: `181761095690****`.
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
    /// 可信服务的标识。
    ///
    /// 具体信息，请参见\[支持的可信服务\](~~208133~~)中的`可信服务标识`列。
    ///
    /// Wire name `ServicePrincipal`; required. Example: `cloudfw.aliyuncs.com`.
    pub fn service_principal(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.service_principal = Some(value.into());
        self
    }
    ///Sets or clears `ServicePrincipal`.
    pub fn set_service_principal(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.service_principal = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeregisterDelegatedAdministratorResponse,
        ::alibabacloud::Error<DeregisterDelegatedAdministratorError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeregisterDelegatedAdministratorResponse {}
/// 返回结果。
///
/// Output of [`DeregisterDelegatedAdministrator`](super::super::Client::deregister_delegated_administrator).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeregisterDelegatedAdministratorResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `DF5D5C52-7BD0-40E7-94C6-23A1505038A2`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeregisterDelegatedAdministratorResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeregisterDelegatedAdministratorResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DeregisterDelegatedAdministrator`](super::super::Client::deregister_delegated_administrator) documents, plus [`Unhandled`](DeregisterDelegatedAdministratorError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeregisterDelegatedAdministratorError {
    /// HTTP 409 `InvalidParameter.ServicePrincipal`: The specified ServicePrincipal is invalid.
    InvalidParameterServicePrincipal(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountNotRegistered`: The specified account is not a delegated administrator for this service.
    AccountNotRegistered(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for DeregisterDelegatedAdministratorError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.ServicePrincipal" => {
                DeregisterDelegatedAdministratorError::InvalidParameterServicePrincipal(
                    error,
                )
            }
            "AccountNotRegistered" => {
                DeregisterDelegatedAdministratorError::AccountNotRegistered(error)
            }
            _ => DeregisterDelegatedAdministratorError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeregisterDelegatedAdministratorError::InvalidParameterServicePrincipal(
                error,
            )
            | DeregisterDelegatedAdministratorError::AccountNotRegistered(error)
            | DeregisterDelegatedAdministratorError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeregisterDelegatedAdministratorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeregisterDelegatedAdministratorError {}
