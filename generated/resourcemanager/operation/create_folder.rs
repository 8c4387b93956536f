/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreateFolder",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ParentFolderId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "FolderName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Folder\":{\"CreateTime\":\"2019-02-19T09:34:50.757Z\",\"FolderId\":\"fd-u8B321****\",\"FolderName\":\"rdFolder\",\"ParentFolderId\":\"r-b1****\"},\"RequestId\":\"C2CBCA30-C8DD-423E-B4AD-4FB694C9180C\"}",
};
/// Input of [`CreateFolder`](super::super::Client::create_folder).
#[derive(Clone, Default, PartialEq)]
pub struct CreateFolderRequest {
    /// 父资源夹ID。
    ///
    /// Wire name `ParentFolderId`. Example: `r-b1****`.
    pub parent_folder_id: ::std::option::Option<::std::string::String>,
    /// 资源夹名称。
    ///
    /// 长度为1~24个字符或汉字，可包含汉字、英文字母、数字、下划线（_）、半角句号（.）和短划线（-）。
    ///
    /// Wire name `FolderName`; required. Example: `rdFolder`.
    pub folder_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateFolderRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateFolderRequest")
            .field("parent_folder_id", &self.parent_folder_id)
            .field("folder_name", &self.folder_name)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreateFolderRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ParentFolderId", &self.parent_folder_id);
        writer.put("FolderName", &self.folder_name);
    }
}
/// Builds and sends a [`CreateFolderRequest`] request; get one from [`Client::create_folder`](super::super::Client::create_folder).
#[derive(Clone, Debug)]
pub struct CreateFolderFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreateFolderRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreateFolderFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreateFolderFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreateFolderRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreateFolderRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 父资源夹ID。
    ///
    /// Wire name `ParentFolderId`. Example: `r-b1****`.
    pub fn parent_folder_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.parent_folder_id = Some(value.into());
        self
    }
    ///Sets or clears `ParentFolderId`.
    pub fn set_parent_folder_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.parent_folder_id = value;
        self
    }
    /// 资源夹名称。
    ///
    /// 长度为1~24个字符或汉字，可包含汉字、英文字母、数字、下划线（_）、半角句号（.）和短划线（-）。
    ///
    /// Wire name `FolderName`; required. Example: `rdFolder`.
    pub fn folder_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.folder_name = Some(value.into());
        self
    }
    ///Sets or clears `FolderName`.
    pub fn set_folder_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.folder_name = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreateFolderResponse,
        ::alibabacloud::Error<CreateFolderError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreateFolderResponse {}
/// 返回结果。
///
/// Output of [`CreateFolder`](super::super::Client::create_folder).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreateFolderResponse {
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
impl ::std::fmt::Debug for CreateFolderResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateFolderResponse")
            .field("request_id", &self.request_id)
            .field("folder", &self.folder)
            .finish()
    }
}
/// The errors [`CreateFolder`](super::super::Client::create_folder) documents, plus [`Unhandled`](CreateFolderError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFolderError {
    /// HTTP 400 `InvalidParameter.ParentFolderId`: The ParentFolderId is invalid.
    InvalidParameterParentFolderId(::alibabacloud::ServiceError),
    /// HTTP 400 `MissingParameter.Folder.Name`: You must specify the resource folder name.
    MissingParameterFolderName(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Folder.Name`: The Name of folder is invalid.
    InvalidParameterFolderName(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Folder.Name.Length`: The Name of folder exceeds the length limit.
    InvalidParameterFolderNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Folder.Name.AlreadyUsed`: The name already exists under the same parent. Please change to another name.
    InvalidParameterFolderNameAlreadyUsed(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Folder`: The resource directory folder does not exist.
    EntityNotExistsFolder(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.Folder.Depth`: The folder depth exceeds the limit of 5.
    LimitExceededFolderDepth(::alibabacloud::ServiceError),
    /// HTTP 409 `QuotaExceeded.Folder.Count`: The number of folders exceeds the quota.
    QuotaExceededFolderCount(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreateFolderError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.ParentFolderId" => {
                CreateFolderError::InvalidParameterParentFolderId(error)
            }
            "MissingParameter.Folder.Name" => {
                CreateFolderError::MissingParameterFolderName(error)
            }
            "InvalidParameter.Folder.Name" => {
                CreateFolderError::InvalidParameterFolderName(error)
            }
            "InvalidParameter.Folder.Name.Length" => {
                CreateFolderError::InvalidParameterFolderNameLength(error)
            }
            "InvalidParameter.Folder.Name.AlreadyUsed" => {
                CreateFolderError::InvalidParameterFolderNameAlreadyUsed(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                CreateFolderError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Folder" => CreateFolderError::EntityNotExistsFolder(error),
            "LimitExceeded.Folder.Depth" => {
                CreateFolderError::LimitExceededFolderDepth(error)
            }
            "QuotaExceeded.Folder.Count" => {
                CreateFolderError::QuotaExceededFolderCount(error)
            }
            _ => CreateFolderError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreateFolderError::InvalidParameterParentFolderId(error)
            | CreateFolderError::MissingParameterFolderName(error)
            | CreateFolderError::InvalidParameterFolderName(error)
            | CreateFolderError::InvalidParameterFolderNameLength(error)
            | CreateFolderError::InvalidParameterFolderNameAlreadyUsed(error)
            | CreateFolderError::EntityNotExistsResourceDirectory(error)
            | CreateFolderError::EntityNotExistsFolder(error)
            | CreateFolderError::LimitExceededFolderDepth(error)
            | CreateFolderError::QuotaExceededFolderCount(error)
            | CreateFolderError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateFolderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreateFolderError {}
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
    /// Wire name `FolderId`. Example: `fd-u8B321****`.
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// 资源夹创建时间。
    ///
    /// Wire name `CreateTime`. Example: `2019-02-19T09:34:50.757Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 父资源夹ID。
    ///
    /// Wire name `ParentFolderId`. Example: `r-b1****`.
    #[serde(rename = "ParentFolderId", skip_serializing_if = "Option::is_none")]
    pub parent_folder_id: ::std::option::Option<::std::string::String>,
    /// 资源夹名称。
    ///
    /// Wire name `FolderName`. Example: `rdFolder`.
    #[serde(rename = "FolderName", skip_serializing_if = "Option::is_none")]
    pub folder_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Folder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Folder")
            .field("folder_id", &self.folder_id)
            .field("create_time", &self.create_time)
            .field("parent_folder_id", &self.parent_folder_id)
            .field("folder_name", &self.folder_name)
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
    }
}
