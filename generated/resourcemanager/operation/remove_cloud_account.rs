/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "RemoveCloudAccount",
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
    ],
    example_response: "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`RemoveCloudAccount`](super::super::Client::remove_cloud_account).
#[derive(Clone, Default, PartialEq)]
pub struct RemoveCloudAccountRequest {
    /// 成员ID。
    ///
    /// Wire name `AccountId`; required. Example: `177242285274****`.
    pub account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RemoveCloudAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemoveCloudAccountRequest")
            .field("account_id", &self.account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for RemoveCloudAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
    }
}
/// Builds and sends a [`RemoveCloudAccountRequest`] request; get one from [`Client::remove_cloud_account`](super::super::Client::remove_cloud_account).
#[derive(Clone, Debug)]
pub struct RemoveCloudAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: RemoveCloudAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl RemoveCloudAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        RemoveCloudAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &RemoveCloudAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: RemoveCloudAccountRequest) -> Self {
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
    /// Wire name `AccountId`; required. Example: `177242285274****`.
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
        RemoveCloudAccountResponse,
        ::alibabacloud::Error<RemoveCloudAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl RemoveCloudAccountResponse {}
/// 返回结果。
///
/// Output of [`RemoveCloudAccount`](super::super::Client::remove_cloud_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct RemoveCloudAccountResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RemoveCloudAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemoveCloudAccountResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`RemoveCloudAccount`](super::super::Client::remove_cloud_account) documents, plus [`Unhandled`](RemoveCloudAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum RemoveCloudAccountError {
    /// HTTP 400 `MissingParameter.AccountId`: You must specify AccountId.
    MissingParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.AccountId`: The AccountId is invalid.
    InvalidParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountTypeOrStatusMismatch`: You cannot perform the action on the member account.
    AccountTypeOrStatusMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `Deny.TrustedService`: You attempted to remove an account that is used in %s. To complete this operation, you must first remove this account from the Trusted Service.
    DenyTrustedService(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for RemoveCloudAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.AccountId" => {
                RemoveCloudAccountError::MissingParameterAccountId(error)
            }
            "InvalidParameter.AccountId" => {
                RemoveCloudAccountError::InvalidParameterAccountId(error)
            }
            "EntityNotExists.Account" => {
                RemoveCloudAccountError::EntityNotExistsAccount(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                RemoveCloudAccountError::EntityNotExistsResourceDirectory(error)
            }
            "AccountTypeOrStatusMismatch" => {
                RemoveCloudAccountError::AccountTypeOrStatusMismatch(error)
            }
            "Deny.TrustedService" => RemoveCloudAccountError::DenyTrustedService(error),
            _ => RemoveCloudAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            RemoveCloudAccountError::MissingParameterAccountId(error)
            | RemoveCloudAccountError::InvalidParameterAccountId(error)
            | RemoveCloudAccountError::EntityNotExistsAccount(error)
            | RemoveCloudAccountError::EntityNotExistsResourceDirectory(error)
            | RemoveCloudAccountError::AccountTypeOrStatusMismatch(error)
            | RemoveCloudAccountError::DenyTrustedService(error)
            | RemoveCloudAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for RemoveCloudAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for RemoveCloudAccountError {}
