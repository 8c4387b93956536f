/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeleteFolder",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "FolderId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`DeleteFolder`](super::super::Client::delete_folder).
#[derive(Clone, Default, PartialEq)]
pub struct DeleteFolderRequest {
    /// 资源夹ID。
    ///
    /// Wire name `FolderId`; required. Example: `fd-ae1in7****`.
    pub folder_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteFolderRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFolderRequest")
            .field("folder_id", &self.folder_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeleteFolderRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("FolderId", &self.folder_id);
    }
}
/// Builds and sends a [`DeleteFolderRequest`] request; get one from [`Client::delete_folder`](super::super::Client::delete_folder).
#[derive(Clone, Debug)]
pub struct DeleteFolderFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeleteFolderRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeleteFolderFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeleteFolderFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeleteFolderRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeleteFolderRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 资源夹ID。
    ///
    /// Wire name `FolderId`; required. Example: `fd-ae1in7****`.
    pub fn folder_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.folder_id = Some(value.into());
        self
    }
    ///Sets or clears `FolderId`.
    pub fn set_folder_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.folder_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeleteFolderResponse,
        ::alibabacloud::Error<DeleteFolderError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeleteFolderResponse {}
/// Output of [`DeleteFolder`](super::super::Client::delete_folder).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeleteFolderResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteFolderResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFolderResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DeleteFolder`](super::super::Client::delete_folder) documents, plus [`Unhandled`](DeleteFolderError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFolderError {
    /// HTTP 400 `MissingParameter.FolderId`: You must specify FolderId.
    MissingParameterFolderId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.FolderId`: The FolderId is invalid.
    InvalidParameterFolderId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Folder`: The resource directory folder does not exist.
    EntityNotExistsFolder(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.Folder.SubFolder`: This folder has sub folders.
    DeleteConflictFolderSubFolder(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.Folder.Account`: This folder has accounts.
    DeleteConflictFolderAccount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeleteFolderError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.FolderId" => {
                DeleteFolderError::MissingParameterFolderId(error)
            }
            "InvalidParameter.FolderId" => {
                DeleteFolderError::InvalidParameterFolderId(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                DeleteFolderError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Folder" => DeleteFolderError::EntityNotExistsFolder(error),
            "DeleteConflict.Folder.SubFolder" => {
                DeleteFolderError::DeleteConflictFolderSubFolder(error)
            }
            "DeleteConflict.Folder.Account" => {
                DeleteFolderError::DeleteConflictFolderAccount(error)
            }
            _ => DeleteFolderError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeleteFolderError::MissingParameterFolderId(error)
            | DeleteFolderError::InvalidParameterFolderId(error)
            | DeleteFolderError::EntityNotExistsResourceDirectory(error)
            | DeleteFolderError::EntityNotExistsFolder(error)
            | DeleteFolderError::DeleteConflictFolderSubFolder(error)
            | DeleteFolderError::DeleteConflictFolderAccount(error)
            | DeleteFolderError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeleteFolderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeleteFolderError {}
