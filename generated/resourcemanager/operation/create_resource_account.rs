/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreateResourceAccount",
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
            name: "PayerAccountId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "AccountNamePrefix",
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "ResellAccountType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Account\":{\"AccountId\":\"112730938585****\",\"AccountName\":\"alice@rd-3g****.aliyunid.com\",\"DisplayName\":\"Dev\",\"FolderId\":\"fd-r23M55****\",\"JoinMethod\":\"created\",\"JoinTime\":\"2020-12-31T03:37:39.456Z\",\"ModifyTime\":\"2020-12-31T03:37:39.456Z\",\"ResourceDirectoryId\":\"rd-3G****\",\"Status\":\"CreateSuccess\",\"Type\":\"ResourceAccount\"},\"RequestId\":\"B356A415-D860-43E5-865A-E2193D62BBD6\"}",
};
/// Input of [`CreateResourceAccount`](super::super::Client::create_resource_account).
#[derive(Clone, Default, PartialEq)]
pub struct CreateResourceAccountRequest {
    /// 成员显示名称。
    ///
    /// 长度范围：2~50个字符或汉字。
    ///
    /// 格式：允许输入汉字、英文字母、数字、下划线（_）、半角句号（.）、短划线（-）和空格。
    ///
    /// 成员显示名称在资源目录内必须唯一。
    ///
    /// Wire name `DisplayName`; required. Example: `Dev`.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 父资源夹ID。
    ///
    /// Wire name `ParentFolderId`. Example: `fd-r23M55****`.
    pub parent_folder_id: ::std::option::Option<::std::string::String>,
    /// 结算账号ID。置空则采用新创建的成员自主结算。
    ///
    /// Wire name `PayerAccountId`. Example: `12323344****`.
    pub payer_account_id: ::std::option::Option<::std::string::String>,
    /// 账号名称前缀。置空则系统随机生成。
    ///
    /// &lt;props="china">长度范围：2~50个字符或汉字。&lt;/props>
    ///
    /// &lt;props="intl">长度范围：2~37个字符。&lt;/props>
    ///
    /// 格式：允许输入英文字母、数字和特殊字符`_.-`，必须以英文字母或数字开头和结尾，且不能输入连续的特殊字符`_.-`。
    ///
    /// 完整账号名称的格式为&lt;AccountNamePrefix>@&lt;ResourceDirectoryId>.aliyunid.com，例如：`alice@rd-3G****.aliyunid.com`
    ///
    /// 账号名称在资源目录内必须唯一。
    ///
    /// Wire name `AccountNamePrefix`. Example: `alice`.
    pub account_name_prefix: ::std::option::Option<::std::string::String>,
    /// 成员的标签。
    ///
    /// Wire name `Tag`.
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// 成员的身份类型。取值：
    ///
    /// - resell（默认值）：分销账号。创建的成员将自动与您的分销商建立分销关系，同时您需要使用管理账号为新成员付款。
    /// - non_resell ：非分销账号。创建的成员为阿里云普通账号，与您当前的分销商无关联关系，该账号直接从阿里云购买资源，需自主付款。
    ///
    /// > 该参数仅支持国际站分销客户。
    ///
    /// Wire name `ResellAccountType`. Example: `resell`.
    pub resell_account_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateResourceAccountRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateResourceAccountRequest")
            .field("display_name", &self.display_name)
            .field("parent_folder_id", &self.parent_folder_id)
            .field("payer_account_id", &self.payer_account_id)
            .field("account_name_prefix", &self.account_name_prefix)
            .field("tag", &self.tag)
            .field("resell_account_type", &self.resell_account_type)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreateResourceAccountRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("DisplayName", &self.display_name);
        writer.put("ParentFolderId", &self.parent_folder_id);
        writer.put("PayerAccountId", &self.payer_account_id);
        writer.put("AccountNamePrefix", &self.account_name_prefix);
        writer.put("Tag", &self.tag);
        writer.put("ResellAccountType", &self.resell_account_type);
    }
}
/// Builds and sends a [`CreateResourceAccountRequest`] request; get one from [`Client::create_resource_account`](super::super::Client::create_resource_account).
#[derive(Clone, Debug)]
pub struct CreateResourceAccountFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreateResourceAccountRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreateResourceAccountFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreateResourceAccountFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreateResourceAccountRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreateResourceAccountRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 成员显示名称。
    ///
    /// 长度范围：2~50个字符或汉字。
    ///
    /// 格式：允许输入汉字、英文字母、数字、下划线（_）、半角句号（.）、短划线（-）和空格。
    ///
    /// 成员显示名称在资源目录内必须唯一。
    ///
    /// Wire name `DisplayName`; required. Example: `Dev`.
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
    /// Wire name `ParentFolderId`. Example: `fd-r23M55****`.
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
    /// 结算账号ID。置空则采用新创建的成员自主结算。
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
    /// 账号名称前缀。置空则系统随机生成。
    ///
    /// &lt;props="china">长度范围：2~50个字符或汉字。&lt;/props>
    ///
    /// &lt;props="intl">长度范围：2~37个字符。&lt;/props>
    ///
    /// 格式：允许输入英文字母、数字和特殊字符`_.-`，必须以英文字母或数字开头和结尾，且不能输入连续的特殊字符`_.-`。
    ///
    /// 完整账号名称的格式为&lt;AccountNamePrefix>@&lt;ResourceDirectoryId>.aliyunid.com，例如：`alice@rd-3G****.aliyunid.com`
    ///
    /// 账号名称在资源目录内必须唯一。
    ///
    /// Wire name `AccountNamePrefix`. Example: `alice`.
    pub fn account_name_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.account_name_prefix = Some(value.into());
        self
    }
    ///Sets or clears `AccountNamePrefix`.
    pub fn set_account_name_prefix(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.account_name_prefix = value;
        self
    }
    /// 成员的标签。
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
    /// 成员的身份类型。取值：
    ///
    /// - resell（默认值）：分销账号。创建的成员将自动与您的分销商建立分销关系，同时您需要使用管理账号为新成员付款。
    /// - non_resell ：非分销账号。创建的成员为阿里云普通账号，与您当前的分销商无关联关系，该账号直接从阿里云购买资源，需自主付款。
    ///
    /// > 该参数仅支持国际站分销客户。
    ///
    /// Wire name `ResellAccountType`. Example: `resell`.
    pub fn resell_account_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.resell_account_type = Some(value.into());
        self
    }
    ///Sets or clears `ResellAccountType`.
    pub fn set_resell_account_type(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.resell_account_type = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreateResourceAccountResponse,
        ::alibabacloud::Error<CreateResourceAccountError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreateResourceAccountResponse {}
/// 返回参数。
///
/// Output of [`CreateResourceAccount`](super::super::Client::create_resource_account).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreateResourceAccountResponse {
    /// 成员信息。
    ///
    /// Wire name `Account`.
    #[serde(rename = "Account", skip_serializing_if = "Option::is_none")]
    pub account: ::std::option::Option<Account>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `B356A415-D860-43E5-865A-E2193D62BBD6`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateResourceAccountResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateResourceAccountResponse")
            .field("account", &self.account)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CreateResourceAccount`](super::super::Client::create_resource_account) documents, plus [`Unhandled`](CreateResourceAccountError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateResourceAccountError {
    /// HTTP 400 `MissingParameter.Account.DisplayName`: You must specify DisplayName.
    MissingParameterAccountDisplayName(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Account.DisplayName`: The DisplayName of account is invalid.
    InvalidParameterAccountDisplayName(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Account.DisplayName.Length`: The DisplayName of the account exceeds the length limit.
    InvalidParameterAccountDisplayNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.ParentFolderId`: The ParentFolderId is invalid.
    InvalidParameterParentFolderId(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Account.AccountNamePrefix`: The account name prefix is invalid.
    InvalidParameterAccountAccountNamePrefix(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Account.AccountNamePrefix.Length`: The account name prefix exceeds the length limit.
    InvalidParameterAccountAccountNamePrefixLength(::alibabacloud::ServiceError),
    /// HTTP 400 `NotSupport.Site.Action`: Site does not allow current action.
    NotSupportSiteAction(::alibabacloud::ServiceError),
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
    /// HTTP 409 `Invalid.PayRelation`: Failed to create a member. The specified billing account is unavailable. Please change to another billing account and try again.
    InvalidPayRelation(::alibabacloud::ServiceError),
    /// HTTP 409 `NotSupport.PayerAccountInAnotherResourceDirectory`: The specified settlement account does not exist in the resource directory. You must specify a valid settlement account.
    NotSupportPayerAccountInAnotherResourceDirectory(::alibabacloud::ServiceError),
    /// HTTP 409 `CreateAccountDisabled`: The specified resource directory cannot create a new account.
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
    /// HTTP 409 `InconsistentEnterpriseNameError`: The enterprise name of the payment account and the member account must be consistent.
    InconsistentEnterpriseNameError(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountEnterpriseInvoiceError`: No enterprise invoice header information is set for the payment account.
    PaymentAccountEnterpriseInvoiceError(::alibabacloud::ServiceError),
    /// HTTP 409 `UnknownFinancialError`: An unknown financial error occurred.
    UnknownFinancialError(::alibabacloud::ServiceError),
    /// HTTP 409 `BusinessRestricted`: Business is restricted. Please contact your customer service manager.
    BusinessRestricted(::alibabacloud::ServiceError),
    /// HTTP 409 `PaymentAccountCreditIdentityTypeError`: Non-credit identity type or insufficient credit limit, cannot be used as payment account.
    PaymentAccountCreditIdentityTypeError(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreateResourceAccountError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "MissingParameter.Account.DisplayName" => {
                CreateResourceAccountError::MissingParameterAccountDisplayName(error)
            }
            "InvalidParameter.Account.DisplayName" => {
                CreateResourceAccountError::InvalidParameterAccountDisplayName(error)
            }
            "InvalidParameter.Account.DisplayName.Length" => {
                CreateResourceAccountError::InvalidParameterAccountDisplayNameLength(
                    error,
                )
            }
            "InvalidParameter.ParentFolderId" => {
                CreateResourceAccountError::InvalidParameterParentFolderId(error)
            }
            "InvalidParameter.Account.AccountNamePrefix" => {
                CreateResourceAccountError::InvalidParameterAccountAccountNamePrefix(
                    error,
                )
            }
            "InvalidParameter.Account.AccountNamePrefix.Length" => {
                CreateResourceAccountError::InvalidParameterAccountAccountNamePrefixLength(
                    error,
                )
            }
            "NotSupport.Site.Action" => {
                CreateResourceAccountError::NotSupportSiteAction(error)
            }
            "EntityNotExists.ResourceDirectory" => {
                CreateResourceAccountError::EntityNotExistsResourceDirectory(error)
            }
            "EntityNotExists.Folder" => {
                CreateResourceAccountError::EntityNotExistsFolder(error)
            }
            "LimitExceeded.Account" => {
                CreateResourceAccountError::LimitExceededAccount(error)
            }
            "InvalidParameter.Account.DisplayName.AlreadyUsed" => {
                CreateResourceAccountError::InvalidParameterAccountDisplayNameAlreadyUsed(
                    error,
                )
            }
            "EntityAlreadyExists.ResourceDirectory.Account" => {
                CreateResourceAccountError::EntityAlreadyExistsResourceDirectoryAccount(
                    error,
                )
            }
            "Invalid.PayRelation" => {
                CreateResourceAccountError::InvalidPayRelation(error)
            }
            "NotSupport.PayerAccountInAnotherResourceDirectory" => {
                CreateResourceAccountError::NotSupportPayerAccountInAnotherResourceDirectory(
                    error,
                )
            }
            "CreateAccountDisabled" => {
                CreateResourceAccountError::CreateAccountDisabled(error)
            }
            "PaymentAccountEnterpriseVerifyError" => {
                CreateResourceAccountError::PaymentAccountEnterpriseVerifyError(error)
            }
            "PaymentAccountFinancialRelationshipVerifyError" => {
                CreateResourceAccountError::PaymentAccountFinancialRelationshipVerifyError(
                    error,
                )
            }
            "PaymentAccountEnterpriseTypeError" => {
                CreateResourceAccountError::PaymentAccountEnterpriseTypeError(error)
            }
            "PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError" => {
                CreateResourceAccountError::PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError(
                    error,
                )
            }
            "MemberAccountVirtualCloudOperatorVerifyError" => {
                CreateResourceAccountError::MemberAccountVirtualCloudOperatorVerifyError(
                    error,
                )
            }
            "MemberAccountResellerVerifyError" => {
                CreateResourceAccountError::MemberAccountResellerVerifyError(error)
            }
            "PaymentAccountVirtualCloudOperatorVerifyError" => {
                CreateResourceAccountError::PaymentAccountVirtualCloudOperatorVerifyError(
                    error,
                )
            }
            "PaymentAccountResellerVerifyError" => {
                CreateResourceAccountError::PaymentAccountResellerVerifyError(error)
            }
            "InconsistentEnterpriseNameError" => {
                CreateResourceAccountError::InconsistentEnterpriseNameError(error)
            }
            "PaymentAccountEnterpriseInvoiceError" => {
                CreateResourceAccountError::PaymentAccountEnterpriseInvoiceError(error)
            }
            "UnknownFinancialError" => {
                CreateResourceAccountError::UnknownFinancialError(error)
            }
            "BusinessRestricted" => CreateResourceAccountError::BusinessRestricted(error),
            "PaymentAccountCreditIdentityTypeError" => {
                CreateResourceAccountError::PaymentAccountCreditIdentityTypeError(error)
            }
            _ => CreateResourceAccountError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreateResourceAccountError::MissingParameterAccountDisplayName(error)
            | CreateResourceAccountError::InvalidParameterAccountDisplayName(error)
            | CreateResourceAccountError::InvalidParameterAccountDisplayNameLength(error)
            | CreateResourceAccountError::InvalidParameterParentFolderId(error)
            | CreateResourceAccountError::InvalidParameterAccountAccountNamePrefix(error)
            | CreateResourceAccountError::InvalidParameterAccountAccountNamePrefixLength(
                error,
            )
            | CreateResourceAccountError::NotSupportSiteAction(error)
            | CreateResourceAccountError::EntityNotExistsResourceDirectory(error)
            | CreateResourceAccountError::EntityNotExistsFolder(error)
            | CreateResourceAccountError::LimitExceededAccount(error)
            | CreateResourceAccountError::InvalidParameterAccountDisplayNameAlreadyUsed(
                error,
            )
            | CreateResourceAccountError::EntityAlreadyExistsResourceDirectoryAccount(
                error,
            )
            | CreateResourceAccountError::InvalidPayRelation(error)
            | CreateResourceAccountError::NotSupportPayerAccountInAnotherResourceDirectory(
                error,
            )
            | CreateResourceAccountError::CreateAccountDisabled(error)
            | CreateResourceAccountError::PaymentAccountEnterpriseVerifyError(error)
            | CreateResourceAccountError::PaymentAccountFinancialRelationshipVerifyError(
                error,
            )
            | CreateResourceAccountError::PaymentAccountEnterpriseTypeError(error)
            | CreateResourceAccountError::PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError(
                error,
            )
            | CreateResourceAccountError::MemberAccountVirtualCloudOperatorVerifyError(
                error,
            )
            | CreateResourceAccountError::MemberAccountResellerVerifyError(error)
            | CreateResourceAccountError::PaymentAccountVirtualCloudOperatorVerifyError(
                error,
            )
            | CreateResourceAccountError::PaymentAccountResellerVerifyError(error)
            | CreateResourceAccountError::InconsistentEnterpriseNameError(error)
            | CreateResourceAccountError::PaymentAccountEnterpriseInvoiceError(error)
            | CreateResourceAccountError::UnknownFinancialError(error)
            | CreateResourceAccountError::BusinessRestricted(error)
            | CreateResourceAccountError::PaymentAccountCreditIdentityTypeError(error)
            | CreateResourceAccountError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateResourceAccountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreateResourceAccountError {}
/// 成员的标签。
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
    /// 成员加入状态。取值为CreateSuccess，表示创建成功。
    ///
    /// Wire name `Status`. Example: `CreateSuccess`.
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// 成员类型。取值为ResourceAccount，表示资源账号。
    ///
    /// Wire name `Type`. Example: `ResourceAccount`.
    #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// 成员显示名称。
    ///
    /// Wire name `DisplayName`. Example: `Dev`.
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 资源夹ID。
    ///
    /// Wire name `FolderId`. Example: `fd-r23M55****`.
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// 资源目录ID。
    ///
    /// Wire name `ResourceDirectoryId`. Example: `rd-3G****`.
    #[serde(rename = "ResourceDirectoryId", skip_serializing_if = "Option::is_none")]
    pub resource_directory_id: ::std::option::Option<::std::string::String>,
    /// 成员加入时间（UTC时间）。
    ///
    /// Wire name `JoinTime`. Example: `2020-12-31T03:37:39.456Z`.
    #[serde(rename = "JoinTime", skip_serializing_if = "Option::is_none")]
    pub join_time: ::std::option::Option<::std::string::String>,
    /// 成员ID。
    ///
    /// Wire name `AccountId`. Example: `112730938585****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 成员加入方式。取值：
    ///
    /// - invited：邀请。
    /// - created：创建。
    ///
    /// Wire name `JoinMethod`. Example: `created`.
    #[serde(rename = "JoinMethod", skip_serializing_if = "Option::is_none")]
    pub join_method: ::std::option::Option<::std::string::String>,
    /// 成员修改时间（UTC时间）。
    ///
    /// Wire name `ModifyTime`. Example: `2020-12-31T03:37:39.456Z`.
    #[serde(rename = "ModifyTime", skip_serializing_if = "Option::is_none")]
    pub modify_time: ::std::option::Option<::std::string::String>,
    /// 账号名称。
    ///
    /// Wire name `AccountName`. Example: `alice@rd-3g****.aliyunid.com`.
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
            .field("join_time", &self.join_time)
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
        writer.put_field(key, "JoinTime", &self.join_time);
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "JoinMethod", &self.join_method);
        writer.put_field(key, "ModifyTime", &self.modify_time);
        writer.put_field(key, "AccountName", &self.account_name);
    }
}
