/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListAncestors",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ChildId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Folders\":{\"Folder\":[{\"CreateTime\":\"2019-01-18T10:03:35.217Z\",\"FolderId\":\"r-b1****\",\"FolderName\":\"root\"}]},\"RequestId\":\"83AFBEB6-DC03-406E-9686-867461FF6698\"}",
};
/// Input of [`ListAncestors`](super::super::Client::list_ancestors).
#[derive(Clone, Default, PartialEq)]
pub struct ListAncestorsRequest {
    /// 子资源夹ID。
    ///
    /// Wire name `ChildId`; required. Example: `fd-i1c9nr****`.
    pub child_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAncestorsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAncestorsRequest").field("child_id", &self.child_id).finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListAncestorsRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ChildId", &self.child_id);
    }
}
/// Builds and sends a [`ListAncestorsRequest`] request; get one from [`Client::list_ancestors`](super::super::Client::list_ancestors).
#[derive(Clone, Debug)]
pub struct ListAncestorsFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListAncestorsRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListAncestorsFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListAncestorsFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListAncestorsRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListAncestorsRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 子资源夹ID。
    ///
    /// Wire name `ChildId`; required. Example: `fd-i1c9nr****`.
    pub fn child_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.child_id = Some(value.into());
        self
    }
    ///Sets or clears `ChildId`.
    pub fn set_child_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.child_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListAncestorsResponse,
        ::alibabacloud::Error<ListAncestorsError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListAncestorsResponse {
    ///The items inside `Folders`, empty when the service sent none.
    pub fn folders(&self) -> &[Folder] {
        self.folders
            .as_ref()
            .and_then(|wrapper| wrapper.folder.as_deref())
            .unwrap_or_default()
    }
}
/// Output of [`ListAncestors`](super::super::Client::list_ancestors).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListAncestorsResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `83AFBEB6-DC03-406E-9686-867461FF6698`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// Wire name `Folders`.
    #[serde(rename = "Folders", skip_serializing_if = "Option::is_none")]
    pub folders: ::std::option::Option<Folders>,
}
impl ::std::fmt::Debug for ListAncestorsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAncestorsResponse")
            .field("request_id", &self.request_id)
            .field("folders", &self.folders)
            .finish()
    }
}
/// The errors [`ListAncestors`](super::super::Client::list_ancestors) documents, plus [`Unhandled`](ListAncestorsError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListAncestorsError {
    /// HTTP 400 `MissingParameter.ChildId`: You must specify ChildId.
    MissingParameterChildId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.ChildId`: The ChildId is invalid.
    InvalidParameterChildId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Folder`: The resource directory folder does not exist.
    EntityNotExistsFolder(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListAncestorsError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.ChildId" => {
                ListAncestorsError::MissingParameterChildId(error)
            }
            "InvalidParameter.ChildId" => {
                ListAncestorsError::InvalidParameterChildId(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                ListAncestorsError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Folder" => ListAncestorsError::EntityNotExistsFolder(error),
            _ => ListAncestorsError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListAncestorsError::MissingParameterChildId(error)
            | ListAncestorsError::InvalidParameterChildId(error)
            | ListAncestorsError::EntityNotExistsResourceDirectory(error)
            | ListAncestorsError::EntityNotExistsFolder(error)
            | ListAncestorsError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListAncestorsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListAncestorsError {}
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
    /// Wire name `FolderId`. Example: `r-b1****`.
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// 资源夹创建时间。
    ///
    /// Wire name `CreateTime`. Example: `2019-01-18T10:03:35.217Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 资源夹名称。
    ///
    /// Wire name `FolderName`. Example: `root`.
    #[serde(rename = "FolderName", skip_serializing_if = "Option::is_none")]
    pub folder_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Folder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Folder")
            .field("folder_id", &self.folder_id)
            .field("create_time", &self.create_time)
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
        writer.put_field(key, "FolderName", &self.folder_name);
    }
}
impl Folders {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[Folder] {
        self.folder.as_deref().unwrap_or_default()
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
pub struct Folders {
    /// 资源夹信息。
    ///
    /// Wire name `Folder`.
    #[serde(rename = "Folder", skip_serializing_if = "Option::is_none")]
    pub folder: ::std::option::Option<::std::vec::Vec<Folder>>,
}
impl ::std::fmt::Debug for Folders {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Folders").field("folder", &self.folder).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Folders {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Folder", &self.folder);
    }
}
