/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "RegisterDelegatedAdministrator",
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
    example_response: "{\"RequestId\":\"0A45FC8F-54D2-4A65-8338-25E5DEBDA304\"}",
};
/// Input of [`RegisterDelegatedAdministrator`](super::super::Client::register_delegated_administrator).
#[derive(Clone, Default, PartialEq)]
pub struct RegisterDelegatedAdministratorRequest {
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
impl ::std::fmt::Debug for RegisterDelegatedAdministratorRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterDelegatedAdministratorRequest")
            .field("account_id", &self.account_id)
            .field("service_principal", &self.service_principal)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for RegisterDelegatedAdministratorRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
        writer.put("ServicePrincipal", &self.service_principal);
    }
}
/// Builds and sends a [`RegisterDelegatedAdministratorRequest`] request; get one from [`Client::register_delegated_administrator`](super::super::Client::register_delegated_administrator).
#[derive(Clone, Debug)]
pub struct RegisterDelegatedAdministratorFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: RegisterDelegatedAdministratorRequest,
    options: ::alibabacloud::CallOptions,
}
impl RegisterDelegatedAdministratorFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        RegisterDelegatedAdministratorFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &RegisterDelegatedAdministratorRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: RegisterDelegatedAdministratorRequest) -> Self {
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
        RegisterDelegatedAdministratorResponse,
        ::alibabacloud::Error<RegisterDelegatedAdministratorError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl RegisterDelegatedAdministratorResponse {}
/// 返回结果。
///
/// Output of [`RegisterDelegatedAdministrator`](super::super::Client::register_delegated_administrator).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct RegisterDelegatedAdministratorResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `0A45FC8F-54D2-4A65-8338-25E5DEBDA304`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RegisterDelegatedAdministratorResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterDelegatedAdministratorResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`RegisterDelegatedAdministrator`](super::super::Client::register_delegated_administrator) documents, plus [`Unhandled`](RegisterDelegatedAdministratorError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterDelegatedAdministratorError {
    /// HTTP 409 `InvalidParameter.ServicePrincipal`: The specified ServicePrincipal is invalid.
    InvalidParameterServicePrincipal(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountAlreadyRegistered`: The specified account is already a delegated administrator for this service.
    AccountAlreadyRegistered(::alibabacloud::ServiceError),
    /// HTTP 409 `DelegatedAccountNumberExceeded`: The maximum number of delegated administrators for the service principal is exceeded.
    DelegatedAccountNumberExceeded(::alibabacloud::ServiceError),
    /// HTTP 409 `CannotRegisterMasterAsDelegatedAdministrator`: You attempted to register the enterprise management account as a delegated administrator for the service. You can designate only a member account as a delegated administrator.
    CannotRegisterMasterAsDelegatedAdministrator(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for RegisterDelegatedAdministratorError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.ServicePrincipal" => {
                RegisterDelegatedAdministratorError::InvalidParameterServicePrincipal(
                    error,
                )
            }
            "AccountAlreadyRegistered" => {
                RegisterDelegatedAdministratorError::AccountAlreadyRegistered(error)
            }
            "DelegatedAccountNumberExceeded" => {
                RegisterDelegatedAdministratorError::DelegatedAccountNumberExceeded(
                    error,
                )
            }
            "CannotRegisterMasterAsDelegatedAdministrator" => {
                RegisterDelegatedAdministratorError::CannotRegisterMasterAsDelegatedAdministrator(
                    error,
                )
            }
            _ => RegisterDelegatedAdministratorError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            RegisterDelegatedAdministratorError::InvalidParameterServicePrincipal(error)
            | RegisterDelegatedAdministratorError::AccountAlreadyRegistered(error)
            | RegisterDelegatedAdministratorError::DelegatedAccountNumberExceeded(error)
            | RegisterDelegatedAdministratorError::CannotRegisterMasterAsDelegatedAdministrator(
                error,
            )
            | RegisterDelegatedAdministratorError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for RegisterDelegatedAdministratorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for RegisterDelegatedAdministratorError {}
