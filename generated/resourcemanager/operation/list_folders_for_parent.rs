/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListFoldersForParent",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ParentFolderId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "QueryKeyword",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PageNumber",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PageSize",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Folders\":{\"Folder\":[{\"CreateTime\":\"2015-01-23T12:33:18Z\",\"FolderId\":\"rd-evic31****\",\"FolderName\":\"project-1\"}]},\"PageNumber\":1,\"PageSize\":5,\"RequestId\":\"7B8A4E7D-6CFF-471D-84DF-195A7A241ECB\",\"TotalCount\":2}",
};
/// Input of [`ListFoldersForParent`](super::super::Client::list_folders_for_parent).
#[derive(Clone, Default, PartialEq)]
pub struct ListFoldersForParentRequest {
    /// 父资源夹ID。
    ///
    /// 当该参数置空时，查询的是Root资源夹下的下一级子资源夹。
    ///
    /// Wire name `ParentFolderId`. Example: `r-b1****`.
    pub parent_folder_id: ::std::option::Option<::std::string::String>,
    /// 查询关键字，例如：资源夹名称。
    ///
    /// 支持模糊查询。
    ///
    /// Wire name `QueryKeyword`. Example: `rdFolder`.
    pub query_keyword: ::std::option::Option<::std::string::String>,
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub page_number: ::std::option::Option<i32>,
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub page_size: ::std::option::Option<i32>,
}
impl ::std::fmt::Debug for ListFoldersForParentRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFoldersForParentRequest")
            .field("parent_folder_id", &self.parent_folder_id)
            .field("query_keyword", &self.query_keyword)
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListFoldersForParentRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ParentFolderId", &self.parent_folder_id);
        writer.put("QueryKeyword", &self.query_keyword);
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
    }
}
/// Builds and sends a [`ListFoldersForParentRequest`] request; get one from [`Client::list_folders_for_parent`](super::super::Client::list_folders_for_parent).
#[derive(Clone, Debug)]
pub struct ListFoldersForParentFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListFoldersForParentRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListFoldersForParentFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListFoldersForParentFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListFoldersForParentRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListFoldersForParentRequest) -> Self {
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
    /// 当该参数置空时，查询的是Root资源夹下的下一级子资源夹。
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
    /// 查询关键字，例如：资源夹名称。
    ///
    /// 支持模糊查询。
    ///
    /// Wire name `QueryKeyword`. Example: `rdFolder`.
    pub fn query_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.query_keyword = Some(value.into());
        self
    }
    ///Sets or clears `QueryKeyword`.
    pub fn set_query_keyword(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.query_keyword = value;
        self
    }
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.request.page_number = Some(value);
        self
    }
    ///Sets or clears `PageNumber`.
    pub fn set_page_number(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.page_number = value;
        self
    }
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.request.page_size = Some(value);
        self
    }
    ///Sets or clears `PageSize`.
    pub fn set_page_size(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.page_size = value;
        self
    }
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<
        ListFoldersForParentResponse,
        ListFoldersForParentError,
    > {
        ::alibabacloud::__private::paginate(
            self.handle,
            &OPERATION,
            self.request,
            self.options,
            ::alibabacloud::__private::PageStyle::PageNumber,
        )
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListFoldersForParentResponse,
        ::alibabacloud::Error<ListFoldersForParentError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListFoldersForParentResponse {
    ///The items inside `Folders`, empty when the service sent none.
    pub fn folders(&self) -> &[Folder] {
        self.folders
            .as_ref()
            .and_then(|wrapper| wrapper.folder.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListFoldersForParentRequest {
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
    fn page_number(&self) -> ::std::option::Option<i64> {
        self.page_number.map(i64::from)
    }
    fn set_page_number(&mut self, page: i64) {
        self.page_number = ::std::convert::TryFrom::try_from(page).ok();
    }
}
impl ::alibabacloud::__private::PagedResponse for ListFoldersForParentResponse {
    type Item = Folder;
    fn item_count(&self) -> usize {
        self.folders().len()
    }
    fn into_items(self) -> ::std::vec::Vec<Folder> {
        self.folders.and_then(|wrapper| wrapper.folder).unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// 返回结果。
///
/// Output of [`ListFoldersForParent`](super::super::Client::list_folders_for_parent).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListFoldersForParentResponse {
    /// 数据总条数。
    ///
    /// Wire name `TotalCount`. Example: `2`.
    #[serde(
        rename = "TotalCount",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7B8A4E7D-6CFF-471D-84DF-195A7A241ECB`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 分页时每页显示的数据行数。
    ///
    /// Wire name `PageSize`. Example: `5`.
    #[serde(
        rename = "PageSize",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// 页码。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    #[serde(
        rename = "PageNumber",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// Wire name `Folders`.
    #[serde(rename = "Folders", skip_serializing_if = "Option::is_none")]
    pub folders: ::std::option::Option<Folders>,
}
impl ::std::fmt::Debug for ListFoldersForParentResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFoldersForParentResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("folders", &self.folders)
            .finish()
    }
}
/// The errors [`ListFoldersForParent`](super::super::Client::list_folders_for_parent) documents, plus [`Unhandled`](ListFoldersForParentError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListFoldersForParentError {
    /// HTTP 400 `InvalidParameter.ParentFolderId`: The ParentFolderId is invalid.
    InvalidParameterParentFolderId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Folder`: The resource directory folder does not exist.
    EntityNotExistsFolder(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListFoldersForParentError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.ParentFolderId" => {
                ListFoldersForParentError::InvalidParameterParentFolderId(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                ListFoldersForParentError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Folder" => {
                ListFoldersForParentError::EntityNotExistsFolder(error)
            }
            _ => ListFoldersForParentError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListFoldersForParentError::InvalidParameterParentFolderId(error)
            | ListFoldersForParentError::EntityNotExistsResourceDirectory(error)
            | ListFoldersForParentError::EntityNotExistsFolder(error)
            | ListFoldersForParentError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListFoldersForParentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListFoldersForParentError {}
/// 资源夹列表。
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
    /// Wire name `FolderId`. Example: `rd-evic31****`.
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// 资源夹创建时间。
    ///
    /// Wire name `CreateTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 资源夹名称。
    ///
    /// Wire name `FolderName`. Example: `project-1`.
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
    /// 资源夹列表。
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
