/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreateCloudAccount",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "DisplayName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "ParentFolderId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Email",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PayerAccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Account\":{\"AccountId\":\"12323344****\",\"AccountName\":\"someone@example.com\",\"DisplayName\":\"admin-****\",\"FolderId\":\"fd-bVaRIG****\",\"JoinMethod\":\"created\",\"ModifyTime\":\"2015-01-23T12:33:18Z\",\"RecordId\":\"06950264-3f0d-4ca9-82dd-6ee7a3d3****\",\"ResourceDirectoryId\":\"rd-k3****\",\"Status\":\"CreateVerifying\",\"Type\":\"CloudAccount\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`CreateCloudAccount`](super::super::Client::create_cloud_account).
#[derive(Clone, Default, PartialEq)]
pub struct CreateCloudAccountRequest {
    /// 成员名称。
    ///
    /// 长度为2~50个字符或汉字，可包含汉字、英文字母、数字、下划线（_）、英文句点（.）和短划线（-）。
    ///
    /// 成员名称在资源目录内必须唯一。
    ///
    /// Wire name `DisplayName`; required. Example: `admin-****`.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 父资源夹ID。
    ///
    /// Wire name `ParentFolderId`. Example: `fd-bVaRIG****`.
    pub parent_folder_id: ::std::option::Option<::std::string::String>,
    /// 云账号登录邮箱。
    ///
    /// Wire name `Email`; required. Example: `someone@example.com`.
    pub email: ::std::option::Option<::std::string::String>,
    /// 结算账号ID。取值为空表示采用当前账号结算。
    ///
    /// Wire name `PayerAccountId`. Example: `12323344****`.
    pub payer_account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateCloudAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCloudAccountRequest")
            .field("display_name", &self.display_name)
            .field("parent_folder_id", &self.parent_folder_id)
            .field("email", &self.email)
            .field("payer_account_id", &self.payer_account_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreateCloudAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("DisplayName", &self.display_name);
        writer.put("ParentFolderId", &self.parent_folder_id);
        writer.put("Email", &self.email);
        writer.put("PayerAccountId", &self.payer_account_id);
    }
}
/// Builds and sends a [`CreateCloudAccountRequest`] request; get one from [`Client::create_cloud_account`](super::super::Client::create_cloud_account).
#[derive(Clone, Debug)]
pub struct CreateCloudAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreateCloudAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreateCloudAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreateCloudAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreateCloudAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreateCloudAccountRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 成员名称。
    ///
    /// 长度为2~50个字符或汉字，可包含汉字、英文字母、数字、下划线（_）、英文句点（.）和短划线（-）。
    ///
    /// 成员名称在资源目录内必须唯一。
    ///
    /// Wire name `DisplayName`; required. Example: `admin-****`.
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.display_name = Some(value.into());
        self
    }
    ///Sets or clears `DisplayName`.
    pub fn set_display_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.display_name = value;
        self
    }
    /// 父资源夹ID。
    ///
    /// Wire name `ParentFolderId`. Example: `fd-bVaRIG****`.
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
    /// 云账号登录邮箱。
    ///
    /// Wire name `Email`; required. Example: `someone@example.com`.
    pub fn email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.email = Some(value.into());
        self
    }
    ///Sets or clears `Email`.
    pub fn set_email(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.email = value;
        self
    }
    /// 结算账号ID。取值为空表示采用当前账号结算。
    ///
    /// Wire name `PayerAccountId`. Example: `12323344****`.
    pub fn payer_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.payer_account_id = Some(value.into());
        self
    }
    ///Sets or clears `PayerAccountId`.
    pub fn set_payer_account_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.payer_account_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreateCloudAccountResponse,
        ::alibabacloud::Error<CreateCloudAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreateCloudAccountResponse {}
/// 返回参数。
///
/// Output of [`CreateCloudAccount`](super::super::Client::create_cloud_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreateCloudAccountResponse {
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
impl ::std::fmt::Debug for CreateCloudAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCloudAccountResponse")
            .field("account", &self.account)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CreateCloudAccount`](super::super::Client::create_cloud_account) documents, plus [`Unhandled`](CreateCloudAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateCloudAccountError {
    /// HTTP 400 `MissingParameter.Account.DisplayName`: You must specify DisplayName.
    MissingParameterAccountDisplayName(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Account.DisplayName`: The DisplayName of account is invalid.
    InvalidParameterAccountDisplayName(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Account.DisplayName.Length`: The DisplayName of the account exceeds the length limit.
    InvalidParameterAccountDisplayNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.ParentFolderId`: The ParentFolderId is invalid.
    InvalidParameterParentFolderId(::alibabacloud::ServiceError),
    /// HTTP 400 `MissingParameter.Email`: You must specify Email.
    MissingParameterEmail(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Email`: The Email is invalid.
    InvalidParameterEmail(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.ResourceDirectory`: The resource directory for the account is not enabled. We recommend that you first enable the resource directory for the account.
    EntityNotExistsResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExists.Folder`: The resource directory folder does not exist.
    EntityNotExistsFolder(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.Account`: The maximum number of member accounts in a resource directory exceeds the limit.
    LimitExceededAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.Account.DisplayName.AlreadyUsed`: The displayname of account has been used.
    InvalidParameterAccountDisplayNameAlreadyUsed(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.ResourceDirectory.Account`: The email address that the system generates when you create a member account already exists. Try again later.
    EntityAlreadyExistsResourceDirectoryAccount(::alibabacloud::ServiceError),
    /// HTTP 409 `InvalidParameter.Email.AlreadyUsed`: The email has been used.
    InvalidParameterEmailAlreadyUsed(::alibabacloud::ServiceError),
    /// HTTP 409 `Invalid.PayRelation`: Failed to create a member. The specified billing account is unavailable. Please change to another billing account and try again.
    InvalidPayRelation(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupport.PayerAccountInAnotherResourceDirectory`: The specified settlement account does not exist in the resource directory. You must specify a valid settlement account.
    NotSupportPayerAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `CreateAccountDisabled`: This resource directory is denied to create account.
    CreateAccountDisabled(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountEnterpriseVerifyError`: The type of the payment account is not enterprise verified.
    PaymentAccountEnterpriseVerifyError(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountFinancialRelationshipVerifyError`: The payment account must not be the beneficiary account from other financial relationships.
    PaymentAccountFinancialRelationshipVerifyError(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountEnterpriseTypeError`: The type of the payment account is not enterprise.
    PaymentAccountEnterpriseTypeError(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError`: The financial relationship of payment account changes too frequently. Please try again later.
    PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError(
        ::alibabacloud::ServiceError,
    ),
    /// HTTP 409 `MemberAccountVirtualCloudOperatorVerifyError`: The type of the member account must not be virtual operator.
    MemberAccountVirtualCloudOperatorVerifyError(::alibabacloud::ServiceError),
    /// HTTP 409 `MemberAccountResellerVerifyError`: The type of the member account must not be reseller.
    MemberAccountResellerVerifyError(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountVirtualCloudOperatorVerifyError`: The type of the payment account must not be virtual operator.
    PaymentAccountVirtualCloudOperatorVerifyError(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountResellerVerifyError`: The type of the payment account must not be reseller.
    PaymentAccountResellerVerifyError(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountCreditIdentityTypeError`: The identity of the payment account is not credit.
    PaymentAccountCreditIdentityTypeError(::alibabacloud::ServiceError),
    /// HTTP 409 `InconsistentEnterpriseNameError`: The enterprise name of the payment account and the member account must be consistent.
    InconsistentEnterpriseNameError(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountEnterpriseInvoiceError`: No enterprise invoice header information is set for the payment account.
    PaymentAccountEnterpriseInvoiceError(::alibabacloud::ServiceError),
    /// HTTP 409 `UnknownFinancialError`: An unknown financial error occurred.
    UnknownFinancialError(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreateCloudAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.Account.DisplayName" => {
                CreateCloudAccountError::MissingParameterAccountDisplayName(error)
            }
            "InvalidParameter.Account.DisplayName" => {
                CreateCloudAccountError::InvalidParameterAccountDisplayName(error)
            }
            "InvalidParameter.Account.DisplayName.Length" => {
                CreateCloudAccountError::InvalidParameterAccountDisplayNameLength(error)
            }
            "InvalidParameter.ParentFolderId" => {
                CreateCloudAccountError::InvalidParameterParentFolderId(error)
            }
            "MissingParameter.Email" => {
                CreateCloudAccountError::MissingParameterEmail(error)
            }
            "InvalidParameter.Email" => {
                CreateCloudAccountError::InvalidParameterEmail(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                CreateCloudAccountError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Folder" => {
                CreateCloudAccountError::EntityNotExistsFolder(error)
            }
            "LimitExceeded.Account" => {
                CreateCloudAccountError::LimitExceededAccount(error)
            }
            "InvalidParameter.Account.DisplayName.AlreadyUsed" => {
                CreateCloudAccountError::InvalidParameterAccountDisplayNameAlreadyUsed(
                    error,
                )
            }
            "EntityAlreadyExists.ResourceDirectory.Account" => {
                CreateCloudAccountError::EntityAlreadyExistsResourceDirectoryAccount(
                    error,
                )
            }
            "InvalidParameter.Email.AlreadyUsed" => {
                CreateCloudAccountError::InvalidParameterEmailAlreadyUsed(error)
            }
            "Invalid.PayRelation" => CreateCloudAccountError::InvalidPayRelation(error),
            "NotSupport.PayerAccountInAnotherResourceDirectory" => {
                CreateCloudAccountError::NotSupportPayerAccountInAnotherResourceDirectory(
                    error,
                )
            }
            "CreateAccountDisabled" => {
                CreateCloudAccountError::CreateAccountDisabled(error)
            }
            "PaymentAccountEnterpriseVerifyError" => {
                CreateCloudAccountError::PaymentAccountEnterpriseVerifyError(error)
            }
            "PaymentAccountFinancialRelationshipVerifyError" => {
                CreateCloudAccountError::PaymentAccountFinancialRelationshipVerifyError(
                    error,
                )
            }
            "PaymentAccountEnterpriseTypeError" => {
                CreateCloudAccountError::PaymentAccountEnterpriseTypeError(error)
            }
            "PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError" => {
                CreateCloudAccountError::PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError(
                    error,
                )
            }
            "MemberAccountVirtualCloudOperatorVerifyError" => {
                CreateCloudAccountError::MemberAccountVirtualCloudOperatorVerifyError(
                    error,
                )
            }
            "MemberAccountResellerVerifyError" => {
                CreateCloudAccountError::MemberAccountResellerVerifyError(error)
            }
            "PaymentAccountVirtualCloudOperatorVerifyError" => {
                CreateCloudAccountError::PaymentAccountVirtualCloudOperatorVerifyError(
                    error,
                )
            }
            "PaymentAccountResellerVerifyError" => {
                CreateCloudAccountError::PaymentAccountResellerVerifyError(error)
            }
            "PaymentAccountCreditIdentityTypeError" => {
                CreateCloudAccountError::PaymentAccountCreditIdentityTypeError(error)
            }
            "InconsistentEnterpriseNameError" => {
                CreateCloudAccountError::InconsistentEnterpriseNameError(error)
            }
            "PaymentAccountEnterpriseInvoiceError" => {
                CreateCloudAccountError::PaymentAccountEnterpriseInvoiceError(error)
            }
            "UnknownFinancialError" => {
                CreateCloudAccountError::UnknownFinancialError(error)
            }
            _ => CreateCloudAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreateCloudAccountError::MissingParameterAccountDisplayName(error)
            | CreateCloudAccountError::InvalidParameterAccountDisplayName(error)
            | CreateCloudAccountError::InvalidParameterAccountDisplayNameLength(error)
            | CreateCloudAccountError::InvalidParameterParentFolderId(error)
            | CreateCloudAccountError::MissingParameterEmail(error)
            | CreateCloudAccountError::InvalidParameterEmail(error)
            | CreateCloudAccountError::EntityNotExistsResourceDirectory(error)
            | CreateCloudAccountError::EntityNotExistsFolder(error)
            | CreateCloudAccountError::LimitExceededAccount(error)
            | CreateCloudAccountError::InvalidParameterAccountDisplayNameAlreadyUsed(
                error,
            )
            | CreateCloudAccountError::EntityAlreadyExistsResourceDirectoryAccount(error)
            | CreateCloudAccountError::InvalidParameterEmailAlreadyUsed(error)
            | CreateCloudAccountError::InvalidPayRelation(error)
            | CreateCloudAccountError::NotSupportPayerAccountInAnotherResourceDirectory(
                error,
            )
            | CreateCloudAccountError::CreateAccountDisabled(error)
            | CreateCloudAccountError::PaymentAccountEnterpriseVerifyError(error)
            | CreateCloudAccountError::PaymentAccountFinancialRelationshipVerifyError(
                error,
            )
            | CreateCloudAccountError::PaymentAccountEnterpriseTypeError(error)
            | CreateCloudAccountError::PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError(
                error,
            )
            | CreateCloudAccountError::MemberAccountVirtualCloudOperatorVerifyError(
                error,
            )
            | CreateCloudAccountError::MemberAccountResellerVerifyError(error)
            | CreateCloudAccountError::PaymentAccountVirtualCloudOperatorVerifyError(
                error,
            )
            | CreateCloudAccountError::PaymentAccountResellerVerifyError(error)
            | CreateCloudAccountError::PaymentAccountCreditIdentityTypeError(error)
            | CreateCloudAccountError::InconsistentEnterpriseNameError(error)
            | CreateCloudAccountError::PaymentAccountEnterpriseInvoiceError(error)
            | CreateCloudAccountError::UnknownFinancialError(error)
            | CreateCloudAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateCloudAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreateCloudAccountError {}
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
    /// Wire name `DisplayName`. Example: `admin-****`.
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
    /// Wire name `RecordId`. Example: `06950264-3f0d-4ca9-82dd-6ee7a3d3****`.
    #[serde(rename = "RecordId", skip_serializing_if = "Option::is_none")]
    pub record_id: ::std::option::Option<::std::string::String>,
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
    /// 成员修改时间。
    ///
    /// Wire name `ModifyTime`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 账号名称。
    ///
    /// Wire name `AccountName`. Example: `someone@example.com`.
    #[serde(rename = "AccountName", skip_serializing_if = "Option::is_none")]
    pub account_name: ::std::option::Option<::std::string::String>,
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
            .field("account_id", &self.account_id)
            .field("join_method", &self.join_method)
            .field("modify_time", &self.modify_time)
            .field("account_name", &self.account_name)
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
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "JoinMethod", &self.join_method);
        writer.put_field(key, "ModifyTime", &self.modify_time);
        writer.put_field(key, "AccountName", &self.account_name);
    }
}
