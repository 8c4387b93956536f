/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetPayerForAccount",
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
    example_response: "{\"PayerAccountId\":\"172841235500****\",\"PayerAccountName\":\"Alice\",\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`GetPayerForAccount`](super::super::Client::get_payer_for_account).
#[derive(Clone, Default, PartialEq)]
pub struct GetPayerForAccountRequest {
    /// 成员账号ID。
    ///
    /// Wire name `AccountId`; required. Example: `12323344****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetPayerForAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPayerForAccountRequest")
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetPayerForAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`GetPayerForAccountRequest`] request; get one from [`Client::get_payer_for_account`](super::super::Client::get_payer_for_account).
#[derive(Clone, Debug)]
pub struct GetPayerForAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetPayerForAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetPayerForAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetPayerForAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetPayerForAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetPayerForAccountRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 成员账号ID。
    ///
    /// Wire name `AccountId`; required. Example: `12323344****`.
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
        GetPayerForAccountResponse,
        ::alibabacloud::Error<GetPayerForAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetPayerForAccountResponse {}
/// Output of [`GetPayerForAccount`](super::super::Client::get_payer_for_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetPayerForAccountResponse {
    /// 结算账号名称。
    ///
    /// Wire name `PayerAccountName`. Example: `Alice`.
    #[serde(rename = "PayerAccountName", skip_serializing_if = "Option::is_none")]
    pub payer_account_name: ::std::option::Option<::std::string::String>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 结算账号ID。
    ///
    /// Wire name `PayerAccountId`. Example: `172841235500****`.
    #[serde(rename = "PayerAccountId", skip_serializing_if = "Option::is_none")]
    pub payer_account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetPayerForAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPayerForAccountResponse")
            .field("payer_account_name", &self.payer_account_name)
            .field("request_id", &self.request_id)
            .field("payer_account_id", &self.payer_account_id)
            .finish()
    }
}
/// The errors [`GetPayerForAccount`](super::super::Client::get_payer_for_account) documents, plus [`Unhandled`](GetPayerForAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPayerForAccountError {
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetPayerForAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.ResourceDirectory" => {
                GetPayerForAccountError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Account" => {
                GetPayerForAccountError::EntityNotExistsAccount(error)
            }
            _ => GetPayerForAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetPayerForAccountError::EntityNotExistsResourceDirectory(error)
            | GetPayerForAccountError::EntityNotExistsAccount(error)
            | GetPayerForAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetPayerForAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetPayerForAccountError {}
