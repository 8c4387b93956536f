/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "InitResourceDirectory",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[],
    example_response: "{\"RequestId\":\"CD76D376-2517-4924-92C5-DBC52262F93A\",\"ResourceDirectory\":{\"CreateTime\":\"2019-02-18T15:32:10.473Z\",\"MasterAccountId\":\"172841235500****\",\"MasterAccountName\":\"aliyun-****\",\"ResourceDirectoryId\":\"rd-Ss****\",\"RootFolderId\":\"r-Zo****\"}}",
};
/// Input of [`InitResourceDirectory`](super::super::Client::init_resource_directory).
#[derive(Clone, Default, PartialEq)]
pub struct InitResourceDirectoryRequest {}
impl ::std::fmt::Debug for InitResourceDirectoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InitResourceDirectoryRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for InitResourceDirectoryRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`InitResourceDirectoryRequest`] request; get one from [`Client::init_resource_directory`](super::super::Client::init_resource_directory).
#[derive(Clone, Debug)]
pub struct InitResourceDirectoryFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: InitResourceDirectoryRequest,
    options: ::alibabacloud::CallOptions,
}
impl InitResourceDirectoryFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        InitResourceDirectoryFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &InitResourceDirectoryRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: InitResourceDirectoryRequest) -> Self {
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
        InitResourceDirectoryResponse,
        ::alibabacloud::Error<InitResourceDirectoryError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl InitResourceDirectoryResponse {}
/// Output of [`InitResourceDirectory`](super::super::Client::init_resource_directory).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct InitResourceDirectoryResponse {
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
impl ::std::fmt::Debug for InitResourceDirectoryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InitResourceDirectoryResponse")
            .field("request_id", &self.request_id)
            .field("resource_directory", &self.resource_directory)
            .finish()
    }
}
/// The errors [`InitResourceDirectory`](super::super::Client::init_resource_directory) documents, plus [`Unhandled`](InitResourceDirectoryError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum InitResourceDirectoryError {
    /// HTTP 409 `NotSupport.AccountInAnotherResourceDirectory`: The specified account is an Alibaba Cloud account or already exists in another resource directory.
    NotSupportAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `EnterpriseRealNameVerificationError`: The specified account does not pass enterprise real-name verification. We recommend you first complete enterprise real-name verification for the account.
    EnterpriseRealNameVerificationError(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.AccountType`: The specified profile type of account is invalid.
    InvalidAccountType(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.EnterpriseName`: You must specify the enterprise name.
    InvalidEnterpriseName(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupport.Account.Site`: The caller is not a China site account, which is not supported.
    NotSupportAccountSite(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.ResourceDirectory`: The resource directory for the account is already enabled. We recommend that you do not enable the resource directory again.
    EntityAlreadyExistsResourceDirectory(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for InitResourceDirectoryError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "NotSupport.AccountInAnotherResourceDirectory" => {
                InitResourceDirectoryError::NotSupportAccountInAnotherResourceDirectory(
                    error,
                )
            }
            "EnterpriseRealNameVerificationError" => {
                InitResourceDirectoryError::EnterpriseRealNameVerificationError(error)
            }
            "Invalid.AccountType" => {
                InitResourceDirectoryError::InvalidAccountType(error)
            }
            "Invalid.EnterpriseName" => {
                InitResourceDirectoryError::InvalidEnterpriseName(error)
            }
            "NotSupport.Account.Site" => {
                InitResourceDirectoryError::NotSupportAccountSite(error)
            }
            "EntityAlreadyExists.ResourceDirectory" => {
                InitResourceDirectoryError::EntityAlreadyExistsResourceDirectory(error)
            }
            _ => InitResourceDirectoryError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            InitResourceDirectoryError::NotSupportAccountInAnotherResourceDirectory(
                error,
            )
            | InitResourceDirectoryError::EnterpriseRealNameVerificationError(error)
            | InitResourceDirectoryError::InvalidAccountType(error)
            | InitResourceDirectoryError::InvalidEnterpriseName(error)
            | InitResourceDirectoryError::NotSupportAccountSite(error)
            | InitResourceDirectoryError::EntityAlreadyExistsResourceDirectory(error)
            | InitResourceDirectoryError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for InitResourceDirectoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for InitResourceDirectoryError {}
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
    /// Wire name `ResourceDirectoryId`. Example: `rd-Ss****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 资源目录开通时间。
    ///
    /// Wire name `CreateTime`. Example: `2019-02-18T15:32:10.473Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 企业管理账号ID。
    ///
    /// Wire name `MasterAccountId`. Example: `172841235500****`.
    #[serde(rename = "MasterAccountId", skip_serializing_if = "Option::is_none")]
    pub master_account_id: ::std::option::Option<::std::string::String>,
    /// 企业管理账号名称。
    ///
    /// Wire name `MasterAccountName`. Example: `aliyun-****`.
    #[serde(rename = "MasterAccountName", skip_serializing_if = "Option::is_none")]
    pub master_account_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourceDirectory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceDirectory")
            .field("root_folder_id", &self.root_folder_id)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("create_time", &self.create_time)
            .field("master_account_id", &self.master_account_id)
            .field("master_account_name", &self.master_account_name)
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
    }
}
