/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetResourceDirectory",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[],
    example_response: "{\"RequestId\":\"CD76D376-2517-4924-92C5-DBC52262F93A\",\"ResourceDirectory\":{\"ControlPolicyStatus\":\"Enabled\",\"CreateTime\":\"2019-02-18T15:32:10.473Z\",\"IdentityInformation\":\"***有限公司\",\"MasterAccountId\":\"172845045600****\",\"MasterAccountName\":\"aliyun-admin\",\"MemberDeletionStatus\":\"Enabled\",\"ResourceDirectoryId\":\"rd-St****\",\"RootFolderId\":\"r-Zo****\"}}",
};
/// Input of [`GetResourceDirectory`](super::super::Client::get_resource_directory).
#[derive(Clone, Default, PartialEq)]
pub struct GetResourceDirectoryRequest {}
impl ::std::fmt::Debug for GetResourceDirectoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetResourceDirectoryRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetResourceDirectoryRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`GetResourceDirectoryRequest`] request; get one from [`Client::get_resource_directory`](super::super::Client::get_resource_directory).
#[derive(Clone, Debug)]
pub struct GetResourceDirectoryFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetResourceDirectoryRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetResourceDirectoryFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetResourceDirectoryFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetResourceDirectoryRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetResourceDirectoryRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        GetResourceDirectoryResponse,
        ::alibabacloud::Error<GetResourceDirectoryError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetResourceDirectoryResponse {}
/// 返回结果。
///
/// Output of [`GetResourceDirectory`](super::super::Client::get_resource_directory).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetResourceDirectoryResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `CD76D376-2517-4924-92C5-DBC52262F93A`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 资源目录信息。
    ///
    /// Wire name `ResourceDirectory`.
    #[serde(rename = "ResourceDirectory", skip_serializing_if = "Option::is_none")]
    pub resource_directory: ::std::option::Option<ResourceDirectory>,
}
impl ::std::fmt::Debug for GetResourceDirectoryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetResourceDirectoryResponse")
            .field("request_id", &self.request_id)
            .field("resource_directory", &self.resource_directory)
            .finish()
    }
}
/// The errors [`GetResourceDirectory`](super::super::Client::get_resource_directory) documents, plus [`Unhandled`](GetResourceDirectoryError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetResourceDirectoryError {
    /// HTTP 404 `ResourceDirectoryNotInUse`: The specified account is not an Alibaba Cloud account or a member account of the resource directory.
    ResourceDirectoryNotInUse(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetResourceDirectoryError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "ResourceDirectoryNotInUse" => {
                GetResourceDirectoryError::ResourceDirectoryNotInUse(error)
            }
            _ => GetResourceDirectoryError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetResourceDirectoryError::ResourceDirectoryNotInUse(error)
            | GetResourceDirectoryError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetResourceDirectoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetResourceDirectoryError {}
/// 资源目录信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct ResourceDirectory {
    /// Root资源夹ID。
    ///
    /// Wire name `RootFolderId`. Example: `r-Zo****`.
    #[serde(rename = "RootFolderId", skip_serializing_if = "Option::is_none")]
    pub root_folder_id: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-St****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 资源目录开通时间。
    ///
    /// Wire name `CreateTime`. Example: `2019-02-18T15:32:10.473Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 管理账号ID。
    ///
    /// Wire name `MasterAccountId`. Example: `172845045600****`.
    #[serde(rename = "MasterAccountId", skip_serializing_if = "Option::is_none")]
    pub master_account_id: ::std::option::Option<::std::string::String>,
    /// 管理账号名称。
    ///
    /// Wire name `MasterAccountName`. Example: `aliyun-admin`.
    #[serde(rename = "MasterAccountName", skip_serializing_if = "Option::is_none")]
    pub master_account_name: ::std::option::Option<::std::string::String>,
    /// 管控策略状态。取值：
    ///
    /// - Enabled：已开启。
    /// - PendingEnable：开启中。
    /// - Disabled：已关闭。
    /// - PendingDisable：关闭中。
    ///
    /// Wire name `ControlPolicyStatus`. Example: `Enabled`.
    #[serde(rename = "ControlPolicyStatus", skip_serializing_if = "Option::is_none")]
    pub control_policy_status: ::std::option::Option<::std::string::String>,
    /// 是否开启了成员删除许可。取值：
    /// - Enabled：已开启。允许通过调用\[DeleteAccount\](~~311546~~)删除资源账号类型的成员。
    /// - Disabled：已关闭。不允许删除资源账号类型的成员。
    ///
    /// Wire name `MemberDeletionStatus`. Example: `Enabled`.
    #[serde(rename = "MemberDeletionStatus", skip_serializing_if = "Option::is_none")]
    pub member_deletion_status: ::std::option::Option<::std::string::String>,
    /// 成员实名信息。
    ///
    /// Wire name `IdentityInformation`. Example: `***有限公司`.
    #[serde(rename = "IdentityInformation", skip_serializing_if = "Option::is_none")]
    pub identity_information: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourceDirectory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceDirectory")
            .field("root_folder_id", &self.root_folder_id)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("create_time", &self.create_time)
            .field("master_account_id", &self.master_account_id)
            .field("master_account_name", &self.master_account_name)
            .field("control_policy_status", &self.control_policy_status)
            .field("member_deletion_status", &self.member_deletion_status)
            .field("identity_information", &self.identity_information)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ResourceDirectory {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "RootFolderId", &self.root_folder_id);
        writer.put_field(key, "ResourceDirectoryId", &self.resource_directory_id);
        writer.put_field(key, "CreateTime", &self.create_time);
        writer.put_field(key, "MasterAccountId", &self.master_account_id);
        writer.put_field(key, "MasterAccountName", &self.master_account_name);
        writer.put_field(key, "ControlPolicyStatus", &self.control_policy_status);
        writer.put_field(key, "MemberDeletionStatus", &self.member_deletion_status);
        writer.put_field(key, "IdentityInformation", &self.identity_information);
    }
}
