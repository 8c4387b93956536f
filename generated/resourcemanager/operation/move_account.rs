/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "MoveAccount",
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
            name: "DestinationFolderId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`MoveAccount`](super::super::Client::move_account).
#[derive(Clone, Default, PartialEq)]
pub struct MoveAccountRequest {
    /// 需要移动的账号ID。
    ///
    /// Wire name `AccountId`; required. Example: `12323344****`.
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 目标资源夹ID。
    ///
    /// Wire name `DestinationFolderId`; required. Example: `fd-bVaRIG****`.
    pub destination_folder_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MoveAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MoveAccountRequest")
            .field("account_id", &self.account_id)
            .field("destination_folder_id", &self.destination_folder_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for MoveAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("AccountId", &self.account_id);
        writer.put("DestinationFolderId", &self.destination_folder_id);
    }
}
/// Builds and sends a [`MoveAccountRequest`] request; get one from [`Client::move_account`](super::super::Client::move_account).
#[derive(Clone, Debug)]
pub struct MoveAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: MoveAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl MoveAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        MoveAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &MoveAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: MoveAccountRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 需要移动的账号ID。
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
    /// 目标资源夹ID。
    ///
    /// Wire name `DestinationFolderId`; required. Example: `fd-bVaRIG****`.
    pub fn destination_folder_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.destination_folder_id = Some(value.into());
        self
    }
    ///Sets or clears `DestinationFolderId`.
    pub fn set_destination_folder_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.destination_folder_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        MoveAccountResponse,
        ::alibabacloud::Error<MoveAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl MoveAccountResponse {}
/// Output of [`MoveAccount`](super::super::Client::move_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct MoveAccountResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MoveAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MoveAccountResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`MoveAccount`](super::super::Client::move_account) documents, plus [`Unhandled`](MoveAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum MoveAccountError {
    /// HTTP 400 `MissingParameter.AccountId`: You must specify AccountId.
    MissingParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.AccountId`: The AccountId is invalid.
    InvalidParameterAccountId(::alibabacloud::ServiceError),
    /// HTTP 400 `MissingParameter.DestinationFolderId`: You must specify DestinationFolderId.
    MissingParameterDestinationFolderId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.DestinationFolderId`: The DestinationFolderId is invalid.
    InvalidParameterDestinationFolderId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Account`: This resource directory account does not exist.
    EntityNotExistsAccount(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Folder`: The resource directory folder does not exist.
    EntityNotExistsFolder(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountTypeOrStatusMismatch`: You cannot perform the action on the member account.
    AccountTypeOrStatusMismatch(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for MoveAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.AccountId" => {
                MoveAccountError::MissingParameterAccountId(error)
            }
            "InvalidParameter.AccountId" => {
                MoveAccountError::InvalidParameterAccountId(error)
            }
            "MissingParameter.DestinationFolderId" => {
                MoveAccountError::MissingParameterDestinationFolderId(error)
            }
            "InvalidParameter.DestinationFolderId" => {
                MoveAccountError::InvalidParameterDestinationFolderId(error)
            }
            "EntityNotExists.Account" => MoveAccountError::EntityNotExistsAccount(error),
            "EntityNotExists.ResourceDirectory" => {
                MoveAccountError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Folder" => MoveAccountError::EntityNotExistsFolder(error),
            "AccountTypeOrStatusMismatch" => {
                MoveAccountError::AccountTypeOrStatusMismatch(error)
            }
            _ => MoveAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            MoveAccountError::MissingParameterAccountId(error)
            | MoveAccountError::InvalidParameterAccountId(error)
            | MoveAccountError::MissingParameterDestinationFolderId(error)
            | MoveAccountError::InvalidParameterDestinationFolderId(error)
            | MoveAccountError::EntityNotExistsAccount(error)
            | MoveAccountError::EntityNotExistsResourceDirectory(error)
            | MoveAccountError::EntityNotExistsFolder(error)
            | MoveAccountError::AccountTypeOrStatusMismatch(error)
            | MoveAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for MoveAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for MoveAccountError {}
