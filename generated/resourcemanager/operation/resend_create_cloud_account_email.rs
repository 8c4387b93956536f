/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ResendCreateCloudAccountEmail",
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
    example_response: "{\"Account\":{\"AccountId\":\"12323344****\",\"AccountName\":\"someone@example.com\",\"DisplayName\":\"admin\",\"FolderId\":\"fd-bVaRIG****\",\"JoinMethod\":\"created\",\"JoinTime\":\"2015-01-23T12:33:18Z\",\"ModifyTime\":\"2015-01-23T12:33:18Z\",\"RecordId\":\"16950264-3f0d-4ca9-82dd-6ee7a3d3****\",\"ResourceDirectoryId\":\"rd-k3****\",\"Status\":\"CreateVerifying\",\"Type\":\"CloudAccount\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`ResendCreateCloudAccountEmail`](super::super::Client::resend_create_cloud_account_email).
#[derive(Clone, Default, PartialEq)]
pub struct ResendCreateCloudAccountEmailRequest {
    /// 账号记录ID。
    ///
    /// Wire name `RecordId`; required. Example: `06950264-3f0d-4ca9-82dd-6ee7a3d3****`.
    pub record_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResendCreateCloudAccountEmailRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResendCreateCloudAccountEmailRequest")
            .field("record_id", &self.record_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ResendCreateCloudAccountEmailRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("RecordId", &self.record_id);
    }
}
/// Builds and sends a [`ResendCreateCloudAccountEmailRequest`] request; get one from [`Client::resend_create_cloud_account_email`](super::super::Client::resend_create_cloud_account_email).
#[derive(Clone, Debug)]
pub struct ResendCreateCloudAccountEmailFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ResendCreateCloudAccountEmailRequest,
    options: ::alibabacloud::CallOptions,
}
impl ResendCreateCloudAccountEmailFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ResendCreateCloudAccountEmailFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ResendCreateCloudAccountEmailRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ResendCreateCloudAccountEmailRequest) -> Self {
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
        ResendCreateCloudAccountEmailResponse,
        ::alibabacloud::Error<ResendCreateCloudAccountEmailError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ResendCreateCloudAccountEmailResponse {}
/// Output of [`ResendCreateCloudAccountEmail`](super::super::Client::resend_create_cloud_account_email).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ResendCreateCloudAccountEmailResponse {
    /// 成员信息。
    ///
    /// Wire name `Account`.
    #[serde(rename = "Account", skip_serializing_if = "Option::is_none")]
    pub account: ::std::option::Option<Account>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResendCreateCloudAccountEmailResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResendCreateCloudAccountEmailResponse")
            .field("account", &self.account)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`ResendCreateCloudAccountEmail`](super::super::Client::resend_create_cloud_account_email) documents, plus [`Unhandled`](ResendCreateCloudAccountEmailError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ResendCreateCloudAccountEmailError {
    /// HTTP 400 `MissingParameter.RecordId`: You must specify RecordId.
    MissingParameterRecordId(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.AccountRecord`: This resource directory account recordId does not exist.
    EntityNotExistsAccountRecord(::alibabacloud::ServiceError),
    /// HTTP 409 `AccountTypeOrStatusMismatch`: You cannot perform the action on the member account.
    AccountTypeOrStatusMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.Frequency`: The frequency of request exceeds limit.
    LimitExceededFrequency(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ResendCreateCloudAccountEmailError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.RecordId" => {
                ResendCreateCloudAccountEmailError::MissingParameterRecordId(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                ResendCreateCloudAccountEmailError::EntityNotExistsResourceDirectory(
                    error,
                )
            }
            "EntityNotExists.AccountRecord" => {
                ResendCreateCloudAccountEmailError::EntityNotExistsAccountRecord(error)
            }
            "AccountTypeOrStatusMismatch" => {
                ResendCreateCloudAccountEmailError::AccountTypeOrStatusMismatch(error)
            }
            "LimitExceeded.Frequency" => {
                ResendCreateCloudAccountEmailError::LimitExceededFrequency(error)
            }
            _ => ResendCreateCloudAccountEmailError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ResendCreateCloudAccountEmailError::MissingParameterRecordId(error)
            | ResendCreateCloudAccountEmailError::EntityNotExistsResourceDirectory(error)
            | ResendCreateCloudAccountEmailError::EntityNotExistsAccountRecord(error)
            | ResendCreateCloudAccountEmailError::AccountTypeOrStatusMismatch(error)
            | ResendCreateCloudAccountEmailError::LimitExceededFrequency(error)
            | ResendCreateCloudAccountEmailError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ResendCreateCloudAccountEmailError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ResendCreateCloudAccountEmailError {}
/// 成员信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Account {
    /// 成员加入状态。
    ///
    /// - CreateSuccess：创建成功。
    /// - CreateVerifying：创建确认中。
    /// - CreateFailed：创建失败。
    /// - CreateExpired：创建过期。
    /// - CreateCancelled：创建取消。
    /// - PromoteVerifying：升级确认中。
    /// - PromoteFailed：升级失败。
    /// - PromoteExpired：升级过期。
    /// - PromoteCancelled：升级取消。
    /// - PromoteSuccess：升级成功。
    /// - InviteSuccess：邀请成功。
    /// - Removed：已移出。
    ///
    /// Wire name `Status`. Example: `CreateVerifying`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 成员类型。取值为CloudAccount表示云账号。
    ///
    /// Wire name `Type`. Example: `CloudAccount`.
    #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// 成员名称。
    ///
    /// Wire name `DisplayName`. Example: `admin`.
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 资源夹ID。
    ///
    /// Wire name `FolderId`. Example: `fd-bVaRIG****`.
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-k3****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 账号记录ID。
    ///
    /// Wire name `RecordId`. Example: `16950264-3f0d-4ca9-82dd-6ee7a3d3****`.
    #[serde(rename = "RecordId", skip_serializing_if = "Option::is_none")]
    pub record_id: ::std::option::Option<::std::string::String>,
    /// 成员加入时间。
    ///
    /// Wire name `JoinTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "JoinTime", skip_serializing_if = "Option::is_none")]
    pub join_time: ::std::option::Option<::std::string::String>,
    /// 账号ID。
    ///
    /// Wire name `AccountId`. Example: `12323344****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 成员加入方式。
    ///
    /// - invited：邀请。
    /// - created：创建。
    ///
    /// Wire name `JoinMethod`. Example: `created`.
    #[serde(rename = "JoinMethod", skip_serializing_if = "Option::is_none")]
    pub join_method: ::std::option::Option<::std::string::String>,
    /// 账号名称。
    ///
    /// Wire name `AccountName`. Example: `someone@example.com`.
    #[serde(rename = "AccountName", skip_serializing_if = "Option::is_none")]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// 成员修改时间。
    ///
    /// Wire name `ModifyTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Account {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Account")
            .field("status", &self.status)
            .field("type_", &self.type_)
            .field("display_name", &self.display_name)
            .field("folder_id", &self.folder_id)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("record_id", &self.record_id)
            .field("join_time", &self.join_time)
            .field("account_id", &self.account_id)
            .field("join_method", &self.join_method)
            .field("account_name", &self.account_name)
            .field("modify_time", &self.modify_time)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Account {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "Type", &self.type_);
        writer.put_field(key, "DisplayName", &self.display_name);
        writer.put_field(key, "FolderId", &self.folder_id);
        writer.put_field(key, "ResourceDirectoryId", &self.resource_directory_id);
        writer.put_field(key, "RecordId", &self.record_id);
        writer.put_field(key, "JoinTime", &self.join_time);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "JoinMethod", &self.join_method);
        writer.put_field(key, "AccountName", &self.account_name);
        writer.put_field(key, "ModifyTime", &self.modify_time);
    }
}
