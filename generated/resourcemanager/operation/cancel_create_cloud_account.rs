/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CancelCreateCloudAccount",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "RecordId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`CancelCreateCloudAccount`](super::super::Client::cancel_create_cloud_account).
#[derive(Clone, Default, PartialEq)]
pub struct CancelCreateCloudAccountRequest {
    /// 账号记录ID。
    ///
    /// Wire name `RecordId`; required. Example: `06950264-3f0d-4ca9-82dd-6ee7a3d3****`.
    pub record_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelCreateCloudAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelCreateCloudAccountRequest")
            .field("record_id", &self.record_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CancelCreateCloudAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("RecordId", &self.record_id);
    }
}
/// Builds and sends a [`CancelCreateCloudAccountRequest`] request; get one from [`Client::cancel_create_cloud_account`](super::super::Client::cancel_create_cloud_account).
#[derive(Clone, Debug)]
pub struct CancelCreateCloudAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CancelCreateCloudAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl CancelCreateCloudAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CancelCreateCloudAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CancelCreateCloudAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CancelCreateCloudAccountRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 账号记录ID。
    ///
    /// Wire name `RecordId`; required. Example: `06950264-3f0d-4ca9-82dd-6ee7a3d3****`.
    pub fn record_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.record_id = Some(value.into());
        self
    }
    ///Sets or clears `RecordId`.
    pub fn set_record_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.record_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CancelCreateCloudAccountResponse,
        ::alibabacloud::Error<CancelCreateCloudAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CancelCreateCloudAccountResponse {}
/// Output of [`CancelCreateCloudAccount`](super::super::Client::cancel_create_cloud_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CancelCreateCloudAccountResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelCreateCloudAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelCreateCloudAccountResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CancelCreateCloudAccount`](super::super::Client::cancel_create_cloud_account) documents, plus [`Unhandled`](CancelCreateCloudAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelCreateCloudAccountError {
    /// HTTP 400 `MissingParameter.RecordId`: You must specify RecordId.
    MissingParameterRecordId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.AccountRecord`: This resource directory account recordId does not exist.
    EntityNotExistsAccountRecord(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountTypeOrStatusMismatch`: You cannot perform the action on the member account.
    AccountTypeOrStatusMismatch(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CancelCreateCloudAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.RecordId" => {
                CancelCreateCloudAccountError::MissingParameterRecordId(error)
            }
            "EntityNotExists.AccountRecord" => {
                CancelCreateCloudAccountError::EntityNotExistsAccountRecord(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                CancelCreateCloudAccountError::EntityNotExistsResourceDirectory(error)
            }
            "AccountTypeOrStatusMismatch" => {
                CancelCreateCloudAccountError::AccountTypeOrStatusMismatch(error)
            }
            _ => CancelCreateCloudAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CancelCreateCloudAccountError::MissingParameterRecordId(error)
            | CancelCreateCloudAccountError::EntityNotExistsAccountRecord(error)
            | CancelCreateCloudAccountError::EntityNotExistsResourceDirectory(error)
            | CancelCreateCloudAccountError::AccountTypeOrStatusMismatch(error)
            | CancelCreateCloudAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CancelCreateCloudAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CancelCreateCloudAccountError {}
