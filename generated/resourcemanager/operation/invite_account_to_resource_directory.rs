/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "InviteAccountToResourceDirectory",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "TargetEntity",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "TargetType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Note",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Tag",
            kind: ::alibabacloud::__private::ParamKind::List,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Handshake\":{\"CreateTime\":\"2018-08-10T09:55:41Z\",\"ExpireTime\":\"2018-08-24T09:55:41Z\",\"HandshakeId\":\"h-ycm4rp****\",\"MasterAccountId\":\"172841235500****\",\"MasterAccountName\":\"Alice\",\"ModifyTime\":\"2018-08-10T09:55:41Z\",\"Note\":\"欢迎您加入\",\"ResourceDirectoryId\":\"rd-abcdef****\",\"Status\":\"Pending\",\"TargetEntity\":\"someone@example.com\",\"TargetType\":\"Email\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`InviteAccountToResourceDirectory`](super::super::Client::invite_account_to_resource_directory).
#[derive(Clone, Default, PartialEq)]
pub struct InviteAccountToResourceDirectoryRequest {
    /// 被邀请账号ID或登录邮箱。
    ///
    /// Wire name `TargetEntity`; required. Example: `someone@example.com`.
    pub target_entity: ::std::option::Option<::std::string::String>,
    /// 被邀请账号类型。
    ///
    /// - Account：账号ID。
    /// - Email：账号登录邮箱。
    ///
    /// Wire name `TargetType`; required. Example: `Email`.
    pub target_type: ::std::option::Option<::std::string::String>,
    /// 备注。
    ///
    /// 最大长度为1024个字符。
    ///
    /// Wire name `Note`. Example: `欢迎您加入`.
    pub note: ::std::option::Option<::std::string::String>,
    /// 标签
    ///
    /// Wire name `Tag`.
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
}
impl ::std::fmt::Debug for InviteAccountToResourceDirectoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InviteAccountToResourceDirectoryRequest")
            .field("target_entity", &self.target_entity)
            .field("target_type", &self.target_type)
            .field("note", &self.note)
            .field("tag", &self.tag)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for InviteAccountToResourceDirectoryRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("TargetEntity", &self.target_entity);
        writer.put("TargetType", &self.target_type);
        writer.put("Note", &self.note);
        writer.put("Tag", &self.tag);
    }
}
/// Builds and sends a [`InviteAccountToResourceDirectoryRequest`] request; get one from [`Client::invite_account_to_resource_directory`](super::super::Client::invite_account_to_resource_directory).
#[derive(Clone, Debug)]
pub struct InviteAccountToResourceDirectoryFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: InviteAccountToResourceDirectoryRequest,
    options: ::alibabacloud::CallOptions,
}
impl InviteAccountToResourceDirectoryFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        InviteAccountToResourceDirectoryFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &InviteAccountToResourceDirectoryRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: InviteAccountToResourceDirectoryRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 被邀请账号ID或登录邮箱。
    ///
    /// Wire name `TargetEntity`; required. Example: `someone@example.com`.
    pub fn target_entity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.target_entity = Some(value.into());
        self
    }
    ///Sets or clears `TargetEntity`.
    pub fn set_target_entity(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.target_entity = value;
        self
    }
    /// 被邀请账号类型。
    ///
    /// - Account：账号ID。
    /// - Email：账号登录邮箱。
    ///
    /// Wire name `TargetType`; required. Example: `Email`.
    pub fn target_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.target_type = Some(value.into());
        self
    }
    ///Sets or clears `TargetType`.
    pub fn set_target_type(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.target_type = value;
        self
    }
    /// 备注。
    ///
    /// 最大长度为1024个字符。
    ///
    /// Wire name `Note`. Example: `欢迎您加入`.
    pub fn note(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.note = Some(value.into());
        self
    }
    ///Sets or clears `Note`.
    pub fn set_note(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.note = value;
        self
    }
    /// 标签
    ///
    /// Wire name `Tag`.
    ///
    /// Appends one item; call again to add more.
    pub fn tag(mut self, item: Tag) -> Self {
        self.request.tag.get_or_insert_with(::std::vec::Vec::new).push(item);
        self
    }
    ///Sets or clears `Tag`.
    pub fn set_tag(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<Tag>>,
    ) -> Self {
        self.request.tag = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        InviteAccountToResourceDirectoryResponse,
        ::alibabacloud::Error<InviteAccountToResourceDirectoryError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl InviteAccountToResourceDirectoryResponse {}
/// 返回结果。
///
/// Output of [`InviteAccountToResourceDirectory`](super::super::Client::invite_account_to_resource_directory).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct InviteAccountToResourceDirectoryResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 邀请信息。
    ///
    /// Wire name `Handshake`.
    #[serde(rename = "Handshake", skip_serializing_if = "Option::is_none")]
    pub handshake: ::std::option::Option<Handshake>,
}
impl ::std::fmt::Debug for InviteAccountToResourceDirectoryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InviteAccountToResourceDirectoryResponse")
            .field("request_id", &self.request_id)
            .field("handshake", &self.handshake)
            .finish()
    }
}
/// The errors [`InviteAccountToResourceDirectory`](super::super::Client::invite_account_to_resource_directory) documents, plus [`Unhandled`](InviteAccountToResourceDirectoryError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum InviteAccountToResourceDirectoryError {
    /// HTTP 400 `MissingParameter.TargetEntity`: You must specify TargetEntity.
    MissingParameterTargetEntity(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.TargetEntity`: The TargetEntity is invalid.
    InvalidParameterTargetEntity(::alibabacloud::ServiceError),
    /// HTTP 400 `MissingParameter.TargetType`: You must specify TargetType.
    MissingParameterTargetType(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.TargetType`: The TargetType is invalid.
    InvalidParameterTargetType(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Note.Length`: The length of the invitation note exceeds the limit.
    InvalidParameterNoteLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Note`: The Note is invalid.
    InvalidParameterNote(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.Account`: The maximum number of member accounts in a resource directory exceeds the limit.
    LimitExceededAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.InvitationRate`: The number of invitations sent exceeds the limit.
    LimitExceededInvitationRate(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.Handshake`: Handshakes with the same target entity already exist.
    EntityAlreadyExistsHandshake(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupport.AccountInAnotherResourceDirectory`: Your account is a management account for another resource directory or a member of another resource directory.
    NotSupportAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `LegalEntityMismatch`: Your account does not have the same legal entity as the master account.
    LegalEntityMismatch(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.AccountType`: The specified profile type of account is invalid.
    InvalidAccountType(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for InviteAccountToResourceDirectoryError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.TargetEntity" => {
                InviteAccountToResourceDirectoryError::MissingParameterTargetEntity(
                    error,
                )
            }
            "InvalidParameter.TargetEntity" => {
                InviteAccountToResourceDirectoryError::InvalidParameterTargetEntity(
                    error,
                )
            }
            "MissingParameter.TargetType" => {
                InviteAccountToResourceDirectoryError::MissingParameterTargetType(error)
            }
            "InvalidParameter.TargetType" => {
                InviteAccountToResourceDirectoryError::InvalidParameterTargetType(error)
            }
            "InvalidParameter.Note.Length" => {
                InviteAccountToResourceDirectoryError::InvalidParameterNoteLength(error)
            }
            "InvalidParameter.Note" => {
                InviteAccountToResourceDirectoryError::InvalidParameterNote(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                InviteAccountToResourceDirectoryError::EntityNotExistsResourceDirectory(
                    error,
                )
            }
            "LimitExceeded.Account" => {
                InviteAccountToResourceDirectoryError::LimitExceededAccount(error)
            }
            "LimitExceeded.InvitationRate" => {
                InviteAccountToResourceDirectoryError::LimitExceededInvitationRate(error)
            }
            "EntityAlreadyExists.Handshake" => {
                InviteAccountToResourceDirectoryError::EntityAlreadyExistsHandshake(
                    error,
                )
            }
            "NotSupport.AccountInAnotherResourceDirectory" => {
                InviteAccountToResourceDirectoryError::NotSupportAccountInAnotherResourceDirectory(
                    error,
                )
            }
            "LegalEntityMismatch" => {
                InviteAccountToResourceDirectoryError::LegalEntityMismatch(error)
            }
            "Invalid.AccountType" => {
                InviteAccountToResourceDirectoryError::InvalidAccountType(error)
            }
            _ => InviteAccountToResourceDirectoryError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            InviteAccountToResourceDirectoryError::MissingParameterTargetEntity(error)
            | InviteAccountToResourceDirectoryError::InvalidParameterTargetEntity(error)
            | InviteAccountToResourceDirectoryError::MissingParameterTargetType(error)
            | InviteAccountToResourceDirectoryError::InvalidParameterTargetType(error)
            | InviteAccountToResourceDirectoryError::InvalidParameterNoteLength(error)
            | InviteAccountToResourceDirectoryError::InvalidParameterNote(error)
            | InviteAccountToResourceDirectoryError::EntityNotExistsResourceDirectory(
                error,
            )
            | InviteAccountToResourceDirectoryError::LimitExceededAccount(error)
            | InviteAccountToResourceDirectoryError::LimitExceededInvitationRate(error)
            | InviteAccountToResourceDirectoryError::EntityAlreadyExistsHandshake(error)
            | InviteAccountToResourceDirectoryError::NotSupportAccountInAnotherResourceDirectory(
                error,
            )
            | InviteAccountToResourceDirectoryError::LegalEntityMismatch(error)
            | InviteAccountToResourceDirectoryError::InvalidAccountType(error)
            | InviteAccountToResourceDirectoryError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for InviteAccountToResourceDirectoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for InviteAccountToResourceDirectoryError {}
/// 标签
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Tag {
    /// 标签键。
    ///
    /// Wire name `Key`. Example: `k1`.
    #[serde(rename = "Key", skip_serializing_if = "Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// 标签值。
    ///
    /// Wire name `Value`. Example: `v1`.
    #[serde(rename = "Value", skip_serializing_if = "Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Tag {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Tag")
            .field("key", &self.key)
            .field("value", &self.value)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Tag {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Key", &self.key);
        writer.put_field(key, "Value", &self.value);
    }
}
/// 邀请信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Handshake {
    /// 邀请状态。取值：
    ///
    /// - Pending：等待确认。
    /// - Accepted：已接受。
    /// - Cancelled：已取消。
    /// - Declined：已拒绝。
    /// - Expired：超时。
    ///
    /// Wire name `Status`. Example: `Pending`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 邀请的过期时间（UTC时间）。
    ///
    /// Wire name `ExpireTime`. Example: `2018-08-24T09:55:41Z`.
    #[serde(rename = "ExpireTime", skip_serializing_if = "Option::is_none")]
    pub expire_time: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-abcdef****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 邀请的创建时间（UTC时间）。
    ///
    /// Wire name `CreateTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "CreateTime", skip_serializing_if = "Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 备注。
    ///
    /// Wire name `Note`. Example: `欢迎您加入`.
    #[serde(rename = "Note", skip_serializing_if = "Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /// 被邀请账号ID或登录邮箱。
    ///
    /// Wire name `TargetEntity`. Example: `someone@example.com`.
    #[serde(rename = "TargetEntity", skip_serializing_if = "Option::is_none")]
    pub target_entity: ::std::option::Option<::std::string::String>,
    /// 资源目录管理账号ID。
    ///
    /// Wire name `MasterAccountId`. Example: `172841235500****`.
    #[serde(rename = "MasterAccountId", skip_serializing_if = "Option::is_none")]
    pub master_account_id: ::std::option::Option<::std::string::String>,
    /// 资源目录管理账号名称。
    ///
    /// Wire name `MasterAccountName`. Example: `Alice`.
    #[serde(rename = "MasterAccountName", skip_serializing_if = "Option::is_none")]
    pub master_account_name: ::std::option::Option<::std::string::String>,
    /// 邀请的修改时间（UTC时间）。
    ///
    /// Wire name `ModifyTime`. Example: `2018-08-10T09:55:41Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 被邀请账号类型。取值：
    ///
    /// - Account：账号ID。
    /// - Email：账号登录邮箱。
    ///
    /// Wire name `TargetType`. Example: `Email`.
    #[serde(rename = "TargetType", skip_serializing_if = "Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    /// 邀请ID。
    ///
    /// Wire name `HandshakeId`. Example: `h-ycm4rp****`.
    #[serde(rename = "HandshakeId", skip_serializing_if = "Option::is_none")]
    pub handshake_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Handshake {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Handshake")
            .field("status", &self.status)
            .field("expire_time", &self.expire_time)
            .field("resource_directory_id", &self.resource_directory_id)
            .field("create_time", &self.create_time)
            .field("note", &self.note)
            .field("target_entity", &self.target_entity)
            .field("master_account_id", &self.master_account_id)
            .field("master_account_name", &self.master_account_name)
            .field("modify_time", &self.modify_time)
            .field("target_type", &self.target_type)
            .field("handshake_id", &self.handshake_id)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Handshake {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Status", &self.status);
        writer.put_field(key, "ExpireTime", &self.expire_time);
        writer.put_field(key, "ResourceDirectoryId", &self.resource_directory_id);
        writer.put_field(key, "CreateTime", &self.create_time);
        writer.put_field(key, "Note", &self.note);
        writer.put_field(key, "TargetEntity", &self.target_entity);
        writer.put_field(key, "MasterAccountId", &self.master_account_id);
        writer.put_field(key, "MasterAccountName", &self.master_account_name);
        writer.put_field(key, "ModifyTime", &self.modify_time);
        writer.put_field(key, "TargetType", &self.target_type);
        writer.put_field(key, "HandshakeId", &self.handshake_id);
    }
}
