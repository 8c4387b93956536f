/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetFolder",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "FolderId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Folder\":{\"CreateTime\":\"2021-06-15T06:39:08.521Z\",\"FolderId\":\"fd-Jyl5U7****\",\"FolderName\":\"Applications\",\"ParentFolderId\":\"r-Wm****\",\"ResourceDirectoryPath\":\"rd-3G****/r-Wm****/fd-Jyl5U7****\"},\"RequestId\":\"C2CBCA30-C8DD-423E-B4AD-4FB694C9180C\"}",
};
/// Input of [`GetFolder`](super::super::Client::get_folder).
#[derive(Clone, Default, PartialEq)]
pub struct GetFolderRequest {
    /// 资源夹ID。
    ///
    /// Wire name `FolderId`; required. Example: `fd-Jyl5U7****`.
    pub folder_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetFolderRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFolderRequest").field("folder_id", &self.folder_id).finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetFolderRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("FolderId", &self.folder_id);
    }
}
/// Builds and sends a [`GetFolderRequest`] request; get one from [`Client::get_folder`](super::super::Client::get_folder).
#[derive(Clone, Debug)]
pub struct GetFolderFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetFolderRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetFolderFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetFolderFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetFolderRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetFolderRequest) -> Self {
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
    /// Wire name `FolderId`; required. Example: `fd-Jyl5U7****`.
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
        GetFolderResponse,
        ::alibabacloud::Error<GetFolderError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetFolderResponse {}
/// 返回结果。
///
/// Output of [`GetFolder`](super::super::Client::get_folder).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetFolderResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `C2CBCA30-C8DD-423E-B4AD-4FB694C9180C`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 资源夹信息。
    ///
    /// Wire name `Folder`.
    #[serde(rename = "Folder", skip_serializing_if = "Option::is_none")]
    pub folder: ::std::option::Option<Folder>,
}
impl ::std::fmt::Debug for GetFolderResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetFolderResponse")
            .field("request_id", &self.request_id)
            .field("folder", &self.folder)
            .finish()
    }
}
/// The errors [`GetFolder`](super::super::Client::get_folder) documents, plus [`Unhandled`](GetFolderError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFolderError {
    /// HTTP 400 `MissingParameter.FolderId`: You must specify FolderId.
    MissingParameterFolderId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.FolderId`: The FolderId is invalid.
    InvalidParameterFolderId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Folder`: The resource directory folder does not exist.
    EntityNotExistsFolder(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetFolderError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.FolderId" => {
                GetFolderError::MissingParameterFolderId(error)
            }
            "InvalidParameter.FolderId" => {
                GetFolderError::InvalidParameterFolderId(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                GetFolderError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Folder" => GetFolderError::EntityNotExistsFolder(error),
            _ => GetFolderError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetFolderError::MissingParameterFolderId(error)
            | GetFolderError::InvalidParameterFolderId(error)
            | GetFolderError::EntityNotExistsResourceDirectory(error)
            | GetFolderError::EntityNotExistsFolder(error)
            | GetFolderError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetFolderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetFolderError {}
/// 资源夹信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Folder {
    /// 资源夹ID。
    ///
    /// Wire name `FolderId`. Example: `fd-Jyl5U7****`.
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// 资源夹创建时间。
    ///
    /// Wire name `CreateTime`. Example: `2021-06-15T06:39:08.521Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 父资源夹ID。
    ///
    /// Wire name `ParentFolderId`. Example: `r-Wm****`.
    #[serde(rename = "ParentFolderId", skip_serializing_if = "Option::is_none")]
    pub parent_folder_id: ::std::option::Option<::std::string::String>,
    /// 资源夹名称。
    ///
    /// Wire name `FolderName`. Example: `Applications`.
    #[serde(rename = "FolderName", skip_serializing_if = "Option::is_none")]
    pub folder_name: ::std::option::Option<::std::string::String>,
    /// 资源夹在资源目录中的路径ID（RDPath）。
    ///
    /// Wire name `ResourceDirectoryPath`. Example: `rd-3G****/r-Wm****/fd-Jyl5U7****`.
    #[serde(rename = "ResourceDirectoryPath", skip_serializing_if = "Option::is_none")]
    pub resource_directory_path: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Folder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Folder")
            .field("folder_id", &self.folder_id)
            .field("create_time", &self.create_time)
            .field("parent_folder_id", &self.parent_folder_id)
            .field("folder_name", &self.folder_name)
            .field("resource_directory_path", &self.resource_directory_path)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Folder {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "FolderId", &self.folder_id);
        writer.put_field(key, "CreateTime", &self.create_time);
        writer.put_field(key, "ParentFolderId", &self.parent_folder_id);
        writer.put_field(key, "FolderName", &self.folder_name);
        writer.put_field(key, "ResourceDirectoryPath", &self.resource_directory_path);
    }
}
