/// What the runtime needs to know about this product: name, version, endpoints and operations.
pub static PRODUCT: ::alibabacloud::__private::ProductDescriptor = ::alibabacloud::__private::ProductDescriptor {
    name: "ResourceManager",
    version: "2020-03-31",
    signing: ::alibabacloud::SignatureVersion::V3,
    endpoint: "resourcemanager.aliyuncs.com",
    vpc_endpoint: Some("resourcemanager.vpc-proxy.aliyuncs.com"),
    regional_endpoints: &[],
    operations: &[
        &operation::accept_handshake::OPERATION,
        &operation::attach_control_policy::OPERATION,
        &operation::attach_policy::OPERATION,
        &operation::bind_secure_mobile_phone::OPERATION,
        &operation::cancel_change_account_email::OPERATION,
        &operation::cancel_create_cloud_account::OPERATION,
        &operation::cancel_handshake::OPERATION,
        &operation::cancel_promote_resource_account::OPERATION,
        &operation::change_account_email::OPERATION,
        &operation::check_account_delete::OPERATION,
        &operation::create_cloud_account::OPERATION,
        &operation::create_control_policy::OPERATION,
        &operation::create_folder::OPERATION,
        &operation::create_policy::OPERATION,
        &operation::create_policy_version::OPERATION,
        &operation::create_resource_account::OPERATION,
        &operation::create_resource_group::OPERATION,
        &operation::create_role::OPERATION,
        &operation::create_service_linked_role::OPERATION,
        &operation::decline_handshake::OPERATION,
        &operation::delete_account::OPERATION,
        &operation::delete_control_policy::OPERATION,
        &operation::delete_folder::OPERATION,
        &operation::delete_policy::OPERATION,
        &operation::delete_policy_version::OPERATION,
        &operation::delete_resource_group::OPERATION,
        &operation::delete_role::OPERATION,
        &operation::delete_service_linked_role::OPERATION,
        &operation::deregister_delegated_administrator::OPERATION,
        &operation::destroy_resource_directory::OPERATION,
        &operation::detach_control_policy::OPERATION,
        &operation::detach_policy::OPERATION,
        &operation::disable_associated_transfer::OPERATION,
        &operation::disable_control_policy::OPERATION,
        &operation::enable_associated_transfer::OPERATION,
        &operation::enable_control_policy::OPERATION,
        &operation::enable_resource_directory::OPERATION,
        &operation::get_account::OPERATION,
        &operation::get_account_deletion_check_result::OPERATION,
        &operation::get_account_deletion_status::OPERATION,
        &operation::get_control_policy::OPERATION,
        &operation::get_control_policy_enablement_status::OPERATION,
        &operation::get_folder::OPERATION,
        &operation::get_handshake::OPERATION,
        &operation::get_payer_for_account::OPERATION,
        &operation::get_policy::OPERATION,
        &operation::get_policy_version::OPERATION,
        &operation::get_resource_directory::OPERATION,
        &operation::get_resource_group::OPERATION,
        &operation::get_role::OPERATION,
        &operation::get_service_linked_role_deletion_status::OPERATION,
        &operation::init_resource_directory::OPERATION,
        &operation::invite_account_to_resource_directory::OPERATION,
        &operation::list_accounts::OPERATION,
        &operation::list_accounts_for_parent::OPERATION,
        &operation::list_ancestors::OPERATION,
        &operation::list_associated_transfer_setting::OPERATION,
        &operation::list_control_policies::OPERATION,
        &operation::list_control_policy_attachments_for_target::OPERATION,
        &operation::list_delegated_administrators::OPERATION,
        &operation::list_delegated_services_for_account::OPERATION,
        &operation::list_folders_for_parent::OPERATION,
        &operation::list_handshakes_for_account::OPERATION,
        &operation::list_handshakes_for_resource_directory::OPERATION,
        &operation::list_policies::OPERATION,
        &operation::list_policy_attachments::OPERATION,
        &operation::list_policy_versions::OPERATION,
        &operation::list_resource_groups::OPERATION,
        &operation::list_resources::OPERATION,
        &operation::list_roles::OPERATION,
        &operation::list_tag_keys::OPERATION,
        &operation::list_tag_resources::OPERATION,
        &operation::list_tag_values::OPERATION,
        &operation::list_target_attachments_for_control_policy::OPERATION,
        &operation::list_trusted_service_status::OPERATION,
        &operation::move_account::OPERATION,
        &operation::move_resources::OPERATION,
        &operation::promote_resource_account::OPERATION,
        &operation::register_delegated_administrator::OPERATION,
        &operation::remove_cloud_account::OPERATION,
        &operation::resend_create_cloud_account_email::OPERATION,
        &operation::resend_promote_resource_account_email::OPERATION,
        &operation::retry_change_account_email::OPERATION,
        &operation::send_verification_code_for_bind_secure_mobile_phone::OPERATION,
        &operation::send_verification_code_for_enable_rd::OPERATION,
        &operation::set_default_policy_version::OPERATION,
        &operation::set_member_deletion_permission::OPERATION,
        &operation::tag_resources::OPERATION,
        &operation::untag_resources::OPERATION,
        &operation::update_account::OPERATION,
        &operation::update_associated_transfer_setting::OPERATION,
        &operation::update_control_policy::OPERATION,
        &operation::update_folder::OPERATION,
        &operation::update_resource_group::OPERATION,
        &operation::update_role::OPERATION,
    ],
};
/**Client for `ResourceManager` version `2020-03-31`: one method per operation.

Cheap to clone; clones share the connection pool and credentials.*/
#[derive(Clone, Debug)]
pub struct Client {
    handle: ::alibabacloud::__private::ClientHandle,
}
impl Client {
    /// Creates a client from a shared [`Config`](::alibabacloud::Config).
    pub fn new(config: &::alibabacloud::Config) -> Self {
        Client {
            handle: ::alibabacloud::__private::ClientHandle::new(config, &PRODUCT),
        }
    }
    /// 被邀请的阿里云账号调用AcceptHandshake接受邀请。
    ///
    /// 被邀请的阿里云账号成功加入资源目录后，会成为资源目录的成员。资源目录默认使用被邀请的阿里云账号名称作为该成员的成员名称和账号名称。
    ///
    /// 本文将提供一个示例，被邀请的阿里云账号`177242285274****`接受来自资源目录`rd-3G****`的邀请，邀请ID是`h-Ih8IuPfvV0t0****`。
    ///
    /// Action `AcceptHandshake`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`AcceptHandshakeError`](operation::accept_handshake::AcceptHandshakeError).
    pub fn accept_handshake(
        &self,
    ) -> operation::accept_handshake::AcceptHandshakeFluentBuilder {
        operation::accept_handshake::AcceptHandshakeFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用AttachControlPolicy绑定管控策略。
    ///
    /// 绑定成功后，资源夹或成员将会立即受到管控策略的管控。请务必确定绑定操作的结果是符合预期的，以免影响您的业务正常运行。
    ///
    /// 系统会默认为资源夹和成员绑定系统策略FullAliyunAccess。
    ///
    /// 管控策略在绑定节点下整体生效，即父资源夹绑定的管控策略，会在其子资源夹及其成员上生效。
    ///
    /// 每个节点（资源夹、成员）最多允许绑定10条管控策略。
    ///
    /// 本文将提供一个示例，为资源夹`fd-ZDNPiT****`绑定自定义策略`cp-jExXAqIYkwHN****`。
    ///
    /// Action `AttachControlPolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`AttachControlPolicyError`](operation::attach_control_policy::AttachControlPolicyError).
    pub fn attach_control_policy(
        &self,
    ) -> operation::attach_control_policy::AttachControlPolicyFluentBuilder {
        operation::attach_control_policy::AttachControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用AttachPolicy为授权对象（RAM用户、RAM用户组或RAM角色）添加权限策略，即授权。完成授权后，被授权对象将获得指定资源组或阿里云账号内资源的访问权限。
    ///
    /// Action `AttachPolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`AttachPolicyError`](operation::attach_policy::AttachPolicyError).
    pub fn attach_policy(&self) -> operation::attach_policy::AttachPolicyFluentBuilder {
        operation::attach_policy::AttachPolicyFluentBuilder::new(self.handle.clone())
    }
    /// 调用BindSecureMobilePhone为资源账号类型的成员设置安全手机号码。
    ///
    /// 本API仅用于首次设置资源账号安全手机号码，不能用于修改已有的安全手机号码。
    ///
    /// 为确保系统可以记录到管理操作的具体操作者，请使用管理账号下具有资源目录管理权限（AliyunResourceDirectoryFullAccess）的RAM用户或RAM角色调用本API。
    ///
    /// 本文将提供一个示例，为成员`138660628348****`设置安全手机号码。
    ///
    /// Action `BindSecureMobilePhone`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`BindSecureMobilePhoneError`](operation::bind_secure_mobile_phone::BindSecureMobilePhoneError).
    pub fn bind_secure_mobile_phone(
        &self,
    ) -> operation::bind_secure_mobile_phone::BindSecureMobilePhoneFluentBuilder {
        operation::bind_secure_mobile_phone::BindSecureMobilePhoneFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用CancelChangeAccountEmail取消修改成员邮箱。
    ///
    /// Action `CancelChangeAccountEmail`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CancelChangeAccountEmailError`](operation::cancel_change_account_email::CancelChangeAccountEmailError).
    pub fn cancel_change_account_email(
        &self,
    ) -> operation::cancel_change_account_email::CancelChangeAccountEmailFluentBuilder {
        operation::cancel_change_account_email::CancelChangeAccountEmailFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 取消创建资源目录云账号类型的成员。
    ///
    /// Action `CancelCreateCloudAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CancelCreateCloudAccountError`](operation::cancel_create_cloud_account::CancelCreateCloudAccountError).
    pub fn cancel_create_cloud_account(
        &self,
    ) -> operation::cancel_create_cloud_account::CancelCreateCloudAccountFluentBuilder {
        operation::cancel_create_cloud_account::CancelCreateCloudAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用CancelHandshake取消邀请。
    ///
    /// 本文将提供一个示例，取消ID为`h-ycm4rp****`的邀请。
    ///
    /// Action `CancelHandshake`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CancelHandshakeError`](operation::cancel_handshake::CancelHandshakeError).
    pub fn cancel_handshake(
        &self,
    ) -> operation::cancel_handshake::CancelHandshakeFluentBuilder {
        operation::cancel_handshake::CancelHandshakeFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 取消升级资源目录资源账号为云账号。
    ///
    /// Action `CancelPromoteResourceAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CancelPromoteResourceAccountError`](operation::cancel_promote_resource_account::CancelPromoteResourceAccountError).
    pub fn cancel_promote_resource_account(
        &self,
    ) -> operation::cancel_promote_resource_account::CancelPromoteResourceAccountFluentBuilder {
        operation::cancel_promote_resource_account::CancelPromoteResourceAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ChangeAccountEmail修改成员邮箱。
    ///
    /// Action `ChangeAccountEmail`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`ChangeAccountEmailError`](operation::change_account_email::ChangeAccountEmailError).
    pub fn change_account_email(
        &self,
    ) -> operation::change_account_email::ChangeAccountEmailFluentBuilder {
        operation::change_account_email::ChangeAccountEmailFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用CheckAccountDelete执行成员删除检查任务。
    ///
    /// 删除成员前，您需要调用本API对目标成员进行删除前的条件检查。
    ///
    /// Action `CheckAccountDelete`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CheckAccountDeleteError`](operation::check_account_delete::CheckAccountDeleteError).
    pub fn check_account_delete(
        &self,
    ) -> operation::check_account_delete::CheckAccountDeleteFluentBuilder {
        operation::check_account_delete::CheckAccountDeleteFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 创建资源目录云账号类型的成员。
    ///
    /// 资源目录中有资源账号和云账号两种不同类型的成员。
    ///
    /// - 资源账号（推荐）：资源账号类型的成员只作为资源的容器并完全依赖于资源目录存在，是一种更为安全、创建更为简单的账号。创建资源账号类型的成员，请参见\[CreateResourceAccount\](~~159392~~)。
    ///
    /// > 资源账号也可以升级为云账号，请参见\[PromoteResourceAccount\](~~159395~~)。
    ///
    /// - 云账号：云账号具备阿里云账号的全部特征，包括允许Root登录访问。
    ///
    /// Action `CreateCloudAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreateCloudAccountError`](operation::create_cloud_account::CreateCloudAccountError).
    pub fn create_cloud_account(
        &self,
    ) -> operation::create_cloud_account::CreateCloudAccountFluentBuilder {
        operation::create_cloud_account::CreateCloudAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用CreateControlPolicy创建自定义管控策略。
    ///
    /// 本文将提供一个示例，创建一个名为`ExampleControlPolicy`的管控策略，禁止修改ResourceDirectoryAccountAccessRole角色及其权限。
    ///
    /// Action `CreateControlPolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreateControlPolicyError`](operation::create_control_policy::CreateControlPolicyError).
    pub fn create_control_policy(
        &self,
    ) -> operation::create_control_policy::CreateControlPolicyFluentBuilder {
        operation::create_control_policy::CreateControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用CreateFolder创建资源夹。
    ///
    /// > 最多支持创建5级资源夹。
    ///
    /// 本文将提供一个示例，在Root资源夹下，创建一个名为`rdFolder`的资源夹。
    ///
    /// Action `CreateFolder`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreateFolderError`](operation::create_folder::CreateFolderError).
    pub fn create_folder(&self) -> operation::create_folder::CreateFolderFluentBuilder {
        operation::create_folder::CreateFolderFluentBuilder::new(self.handle.clone())
    }
    /// 调用CreatePolicy创建一个权限策略。
    ///
    /// Action `CreatePolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreatePolicyError`](operation::create_policy::CreatePolicyError).
    pub fn create_policy(&self) -> operation::create_policy::CreatePolicyFluentBuilder {
        operation::create_policy::CreatePolicyFluentBuilder::new(self.handle.clone())
    }
    /// 调用CreatePolicyVersion创建权限策略版本。
    ///
    /// Action `CreatePolicyVersion`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreatePolicyVersionError`](operation::create_policy_version::CreatePolicyVersionError).
    pub fn create_policy_version(
        &self,
    ) -> operation::create_policy_version::CreatePolicyVersionFluentBuilder {
        operation::create_policy_version::CreatePolicyVersionFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用CreateResourceAccount创建资源账号类型的成员。
    ///
    /// 在资源目录内，成员作为资源容器，是一种资源分组单位。成员通常用于指代一个项目或应用，每个成员中的资源相对其他成员中的资源是物理隔离的。
    ///
    /// Action `CreateResourceAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreateResourceAccountError`](operation::create_resource_account::CreateResourceAccountError).
    pub fn create_resource_account(
        &self,
    ) -> operation::create_resource_account::CreateResourceAccountFluentBuilder {
        operation::create_resource_account::CreateResourceAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用CreateResourceGroup创建资源组。
    ///
    /// > 一个阿里云账号下最多创建30个资源组。
    ///
    /// Action `CreateResourceGroup`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreateResourceGroupError`](operation::create_resource_group::CreateResourceGroupError).
    pub fn create_resource_group(
        &self,
    ) -> operation::create_resource_group::CreateResourceGroupFluentBuilder {
        operation::create_resource_group::CreateResourceGroupFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用CreateRole创建角色。
    ///
    /// Action `CreateRole`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreateRoleError`](operation::create_role::CreateRoleError).
    pub fn create_role(&self) -> operation::create_role::CreateRoleFluentBuilder {
        operation::create_role::CreateRoleFluentBuilder::new(self.handle.clone())
    }
    /// 调用CreateServiceLinkedRole创建服务关联角色。
    ///
    /// Action `CreateServiceLinkedRole`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`CreateServiceLinkedRoleError`](operation::create_service_linked_role::CreateServiceLinkedRoleError).
    pub fn create_service_linked_role(
        &self,
    ) -> operation::create_service_linked_role::CreateServiceLinkedRoleFluentBuilder {
        operation::create_service_linked_role::CreateServiceLinkedRoleFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 被邀请的阿里云账号调用DeclineHandshake拒绝邀请。
    ///
    /// Action `DeclineHandshake`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeclineHandshakeError`](operation::decline_handshake::DeclineHandshakeError).
    pub fn decline_handshake(
        &self,
    ) -> operation::decline_handshake::DeclineHandshakeFluentBuilder {
        operation::decline_handshake::DeclineHandshakeFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DeleteAccount删除资源类型的成员。
    ///
    /// 删除成员前，建议您先调用\[CheckAccountDelete\](~~448542~~)和\[GetAccountDeletionCheckResult\](~~448775~~)，对成员进行删除前的条件检查。只有符合删除条件的成员，才能调用DeleteAccount成功将其删除。
    ///
    /// 成功提交成员删除申请后，您可以通过\[GetAccountDeletionStatus\](~~449001~~)查询删除状态。且成员一旦删除，成员中的所有资源及数据都会被删除，您无法再次登录和使用它，将无法找回，请您谨慎操作。关于成员删除的更多信息，请参见\[删除资源账号类型的成员\](~~446078~~)。
    ///
    /// Action `DeleteAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeleteAccountError`](operation::delete_account::DeleteAccountError).
    pub fn delete_account(
        &self,
    ) -> operation::delete_account::DeleteAccountFluentBuilder {
        operation::delete_account::DeleteAccountFluentBuilder::new(self.handle.clone())
    }
    /// 调用DeleteControlPolicy删除自定义管控策略。
    ///
    /// 对于已绑定了资源夹或成员账号的自定义管控策略，需要先调用\[DetachControlPolicy\](~~208331~~)解绑，然后才能删除。
    ///
    /// 本文将提供一个示例，删除自定义管控策略`cp-SImPt8GCEwiq****`。
    ///
    /// Action `DeleteControlPolicy`; writes: not retried once it may have reached the service.
    pub fn delete_control_policy(
        &self,
    ) -> operation::delete_control_policy::DeleteControlPolicyFluentBuilder {
        operation::delete_control_policy::DeleteControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DeleteFolder删除资源夹。
    ///
    /// > 删除资源夹前，请确保资源夹下不存在成员或子资源夹。
    ///
    /// Action `DeleteFolder`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeleteFolderError`](operation::delete_folder::DeleteFolderError).
    pub fn delete_folder(&self) -> operation::delete_folder::DeleteFolderFluentBuilder {
        operation::delete_folder::DeleteFolderFluentBuilder::new(self.handle.clone())
    }
    /// 调用DeletePolicy删除指定的权限策略。
    ///
    /// > - 删除权限策略前，必须删除此权限策略的非默认版本。关于如何删除权限策略版本，请参见\[DeletePolicyVersion\](~~159041~~)。
    /// > - 删除权限策略前，应保证当前权限策略未被引用（即未授予RAM用户、用户组或RAM角色）。关于如何移除授权，请参见\[DetachPolicy\](~~159168~~)。
    ///
    /// Action `DeletePolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeletePolicyError`](operation::delete_policy::DeletePolicyError).
    pub fn delete_policy(&self) -> operation::delete_policy::DeletePolicyFluentBuilder {
        operation::delete_policy::DeletePolicyFluentBuilder::new(self.handle.clone())
    }
    /// 调用DeletePolicyVersion删除权限策略版本。
    ///
    /// > 权限策略默认版本不能删除。
    ///
    /// Action `DeletePolicyVersion`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeletePolicyVersionError`](operation::delete_policy_version::DeletePolicyVersionError).
    pub fn delete_policy_version(
        &self,
    ) -> operation::delete_policy_version::DeletePolicyVersionFluentBuilder {
        operation::delete_policy_version::DeletePolicyVersionFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DeleteResourceGroup删除资源组。
    ///
    /// > 删除资源组前，请先删除资源组中的资源。
    ///
    /// Action `DeleteResourceGroup`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeleteResourceGroupError`](operation::delete_resource_group::DeleteResourceGroupError).
    pub fn delete_resource_group(
        &self,
    ) -> operation::delete_resource_group::DeleteResourceGroupFluentBuilder {
        operation::delete_resource_group::DeleteResourceGroupFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DeleteRole删除角色。
    ///
    /// Action `DeleteRole`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeleteRoleError`](operation::delete_role::DeleteRoleError).
    pub fn delete_role(&self) -> operation::delete_role::DeleteRoleFluentBuilder {
        operation::delete_role::DeleteRoleFluentBuilder::new(self.handle.clone())
    }
    /// 调用DeleteServiceLinkedRole删除服务关联角色。
    ///
    /// Action `DeleteServiceLinkedRole`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeleteServiceLinkedRoleError`](operation::delete_service_linked_role::DeleteServiceLinkedRoleError).
    pub fn delete_service_linked_role(
        &self,
    ) -> operation::delete_service_linked_role::DeleteServiceLinkedRoleFluentBuilder {
        operation::delete_service_linked_role::DeleteServiceLinkedRoleFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DeregisterDelegatedAdministrator移除可信服务的委派管理员账号。
    ///
    /// > 如果被移除的委派管理账号在可信服务中存在历史管理任务，移除操作可能对可信服务的正常使用产生影响。请在移除前慎重考虑可能产生的影响，然后再进行移除操作。
    ///
    /// Action `DeregisterDelegatedAdministrator`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DeregisterDelegatedAdministratorError`](operation::deregister_delegated_administrator::DeregisterDelegatedAdministratorError).
    pub fn deregister_delegated_administrator(
        &self,
    ) -> operation::deregister_delegated_administrator::DeregisterDelegatedAdministratorFluentBuilder {
        operation::deregister_delegated_administrator::DeregisterDelegatedAdministratorFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DestroyResourceDirectory关闭资源目录。此操作不可恢复，请您慎重操作。
    ///
    /// 关闭资源目录前，请确认已完成以下操作：
    /// - 资源目录内所有成员已被移除。关于如何移除成员，请参见\[RemoveCloudAccount\](~~159431~~)。
    /// - 资源目录内除Root资源夹外的资源夹已全部删除。关于如何删除资源夹，请参见\[DeleteFolder\](~~159432~~)。
    ///
    /// Action `DestroyResourceDirectory`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DestroyResourceDirectoryError`](operation::destroy_resource_directory::DestroyResourceDirectoryError).
    pub fn destroy_resource_directory(
        &self,
    ) -> operation::destroy_resource_directory::DestroyResourceDirectoryFluentBuilder {
        operation::destroy_resource_directory::DestroyResourceDirectoryFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DetachControlPolicy解绑管控策略。
    ///
    /// 解绑成功后，原绑定的资源夹或成员将会立即失去管控策略的管控。请务必确定解绑操作的结果是符合预期的，以免影响您的业务正常运行。
    ///
    /// 系统策略和自定义管控策略都可以解绑，但资源夹或成员上绑定的最后一条管控策略不允许解绑。
    ///
    /// 本文将提供一个示例，为资源夹`fd-ZDNPiT****`解绑自定义策略`cp-jExXAqIYkwHN****`。
    ///
    /// Action `DetachControlPolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DetachControlPolicyError`](operation::detach_control_policy::DetachControlPolicyError).
    pub fn detach_control_policy(
        &self,
    ) -> operation::detach_control_policy::DetachControlPolicyFluentBuilder {
        operation::detach_control_policy::DetachControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DetachPolicy移除指定对象的权限策略。移除授权后，该对象将失去对当前资源组或账号中资源的操作权限。
    ///
    /// Action `DetachPolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DetachPolicyError`](operation::detach_policy::DetachPolicyError).
    pub fn detach_policy(&self) -> operation::detach_policy::DetachPolicyFluentBuilder {
        operation::detach_policy::DetachPolicyFluentBuilder::new(self.handle.clone())
    }
    /// 调用DisableAssociatedTransfer关闭关联资源跟随转组功能。
    ///
    /// Action `DisableAssociatedTransfer`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`DisableAssociatedTransferError`](operation::disable_associated_transfer::DisableAssociatedTransferError).
    pub fn disable_associated_transfer(
        &self,
    ) -> operation::disable_associated_transfer::DisableAssociatedTransferFluentBuilder {
        operation::disable_associated_transfer::DisableAssociatedTransferFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用DisableControlPolicy关闭管控策略功能。
    ///
    /// 关闭管控策略功能后，您绑定到资源夹和成员账号上的管控策略会全部自动解绑。但管控策略本身不会被删除，只是不能再绑定到任何目标节点上。
    ///
    /// > 关闭管控策略将会影响整个资源目录内资源夹和成员账号的权限，请谨慎操作。
    ///
    /// Action `DisableControlPolicy`; writes: not retried once it may have reached the service.
    pub fn disable_control_policy(
        &self,
    ) -> operation::disable_control_policy::DisableControlPolicyFluentBuilder {
        operation::disable_control_policy::DisableControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用EnableAssociatedTransfer开通关联资源跟随转组功能。
    ///
    /// Action `EnableAssociatedTransfer`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`EnableAssociatedTransferError`](operation::enable_associated_transfer::EnableAssociatedTransferError).
    pub fn enable_associated_transfer(
        &self,
    ) -> operation::enable_associated_transfer::EnableAssociatedTransferFluentBuilder {
        operation::enable_associated_transfer::EnableAssociatedTransferFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用EnableControlPolicy开启管控策略功能。
    ///
    /// 资源目录管控策略是一种基于资源结构（资源夹或成员账号）的访问控制策略，可以统一管理资源目录各层级内资源访问的权限边界，建立企业整体访问控制原则或局部专用原则。管控策略只定义权限边界，并不真正授予权限，您还需要在某个成员账号中使用访问控制（RAM）设置权限后，相应身份才具备对资源的访问权限。更多信息，请参见\[管控策略概述\](~~178671~~)。
    ///
    /// Action `EnableControlPolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`EnableControlPolicyError`](operation::enable_control_policy::EnableControlPolicyError).
    pub fn enable_control_policy(
        &self,
    ) -> operation::enable_control_policy::EnableControlPolicyFluentBuilder {
        operation::enable_control_policy::EnableControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用EnableResourceDirectory开通资源目录。
    ///
    /// 您可以使用当前登录账号或新创建管理账号两种方式开通资源目录。更多信息，请参见\[开通资源目录\](~~111215~~)。
    ///
    /// 本文将提供一个示例，使用当前登录账号开通资源目录。
    ///
    /// Action `EnableResourceDirectory`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`EnableResourceDirectoryError`](operation::enable_resource_directory::EnableResourceDirectoryError).
    pub fn enable_resource_directory(
        &self,
    ) -> operation::enable_resource_directory::EnableResourceDirectoryFluentBuilder {
        operation::enable_resource_directory::EnableResourceDirectoryFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetAccount获取成员信息。
    ///
    /// Action `GetAccount`; read-only.
    ///
    /// Errors: [`GetAccountError`](operation::get_account::GetAccountError).
    pub fn get_account(&self) -> operation::get_account::GetAccountFluentBuilder {
        operation::get_account::GetAccountFluentBuilder::new(self.handle.clone())
    }
    /// 调用GetAccountDeletionCheckResult查询成员删除检查结果。
    ///
    /// 在您调用\[CheckAccountDelete\](~~448542~~)执行了成员删除检查任务后，您可以调用GetAccountDeletionCheckResult查询成员删除检查的结果。如果符合删除检查要求，则该成员允许删除；否则，请手动处理不符合项，直至符合要求为止。
    ///
    /// 本文将提供一个示例，查询待删除成员`179855839641****`的删除检查结果。返回结果显示，该成员不符合删除要求。
    ///
    /// Action `GetAccountDeletionCheckResult`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`GetAccountDeletionCheckResultError`](operation::get_account_deletion_check_result::GetAccountDeletionCheckResultError).
    pub fn get_account_deletion_check_result(
        &self,
    ) -> operation::get_account_deletion_check_result::GetAccountDeletionCheckResultFluentBuilder {
        operation::get_account_deletion_check_result::GetAccountDeletionCheckResultFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetAccountDeletionStatus查询成员删除状态。
    ///
    /// 本文将提供一个示例，查询成员`169946124551****`的删除状态。返回结果显示，该成员已成功删除。
    ///
    /// Action `GetAccountDeletionStatus`; read-only.
    ///
    /// Errors: [`GetAccountDeletionStatusError`](operation::get_account_deletion_status::GetAccountDeletionStatusError).
    pub fn get_account_deletion_status(
        &self,
    ) -> operation::get_account_deletion_status::GetAccountDeletionStatusFluentBuilder {
        operation::get_account_deletion_status::GetAccountDeletionStatusFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetControlPolicy查询管控策略的详情。
    ///
    /// 本文将提供一个示例，查询ID为`cp-SImPt8GCEwiq****`的管控策略详情。
    ///
    /// Action `GetControlPolicy`; read-only.
    pub fn get_control_policy(
        &self,
    ) -> operation::get_control_policy::GetControlPolicyFluentBuilder {
        operation::get_control_policy::GetControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetControlPolicyEnablementStatus查询管控策略功能的开启或关闭状态。
    ///
    /// Action `GetControlPolicyEnablementStatus`; read-only.
    pub fn get_control_policy_enablement_status(
        &self,
    ) -> operation::get_control_policy_enablement_status::GetControlPolicyEnablementStatusFluentBuilder {
        operation::get_control_policy_enablement_status::GetControlPolicyEnablementStatusFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetFolder获取资源夹信息。
    ///
    /// Action `GetFolder`; read-only.
    ///
    /// Errors: [`GetFolderError`](operation::get_folder::GetFolderError).
    pub fn get_folder(&self) -> operation::get_folder::GetFolderFluentBuilder {
        operation::get_folder::GetFolderFluentBuilder::new(self.handle.clone())
    }
    /// 调用GetHandshake获取邀请信息。
    ///
    /// 本文将提供一个示例，获取ID为`h-ycm4rp****`的邀请信息。
    ///
    /// Action `GetHandshake`; read-only.
    ///
    /// Errors: [`GetHandshakeError`](operation::get_handshake::GetHandshakeError).
    pub fn get_handshake(&self) -> operation::get_handshake::GetHandshakeFluentBuilder {
        operation::get_handshake::GetHandshakeFluentBuilder::new(self.handle.clone())
    }
    /// 调用GetPayerForAccount获取成员的结算账号信息。
    ///
    /// Action `GetPayerForAccount`; read-only.
    ///
    /// Errors: [`GetPayerForAccountError`](operation::get_payer_for_account::GetPayerForAccountError).
    pub fn get_payer_for_account(
        &self,
    ) -> operation::get_payer_for_account::GetPayerForAccountFluentBuilder {
        operation::get_payer_for_account::GetPayerForAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetPolicy获取指定的权限策略信息。
    ///
    /// Action `GetPolicy`; read-only.
    ///
    /// Errors: [`GetPolicyError`](operation::get_policy::GetPolicyError).
    pub fn get_policy(&self) -> operation::get_policy::GetPolicyFluentBuilder {
        operation::get_policy::GetPolicyFluentBuilder::new(self.handle.clone())
    }
    /// 调用GetPolicyVersion获取某个权限策略的版本。
    ///
    /// Action `GetPolicyVersion`; read-only.
    ///
    /// Errors: [`GetPolicyVersionError`](operation::get_policy_version::GetPolicyVersionError).
    pub fn get_policy_version(
        &self,
    ) -> operation::get_policy_version::GetPolicyVersionFluentBuilder {
        operation::get_policy_version::GetPolicyVersionFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetResourceDirectory获取资源目录信息。管理账号调用时，返回管理账号开通的资源目录详情。成员调用时，返回成员所属的资源目录详情。
    ///
    /// 本文将提供一个示例，使用管理账号查询其开通的资源目录详情。
    ///
    /// Action `GetResourceDirectory`; read-only.
    ///
    /// Errors: [`GetResourceDirectoryError`](operation::get_resource_directory::GetResourceDirectoryError).
    pub fn get_resource_directory(
        &self,
    ) -> operation::get_resource_directory::GetResourceDirectoryFluentBuilder {
        operation::get_resource_directory::GetResourceDirectoryFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetResourceGroup查询资源组信息。
    ///
    /// Action `GetResourceGroup`; read-only.
    ///
    /// Errors: [`GetResourceGroupError`](operation::get_resource_group::GetResourceGroupError).
    pub fn get_resource_group(
        &self,
    ) -> operation::get_resource_group::GetResourceGroupFluentBuilder {
        operation::get_resource_group::GetResourceGroupFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用GetRole获取角色信息。
    ///
    /// Action `GetRole`; read-only.
    ///
    /// Errors: [`GetRoleError`](operation::get_role::GetRoleError).
    pub fn get_role(&self) -> operation::get_role::GetRoleFluentBuilder {
        operation::get_role::GetRoleFluentBuilder::new(self.handle.clone())
    }
    /// 调用GetServiceLinkedRoleDeletionStatus获取删除服务关联角色的任务状态。
    ///
    /// Action `GetServiceLinkedRoleDeletionStatus`; read-only.
    ///
    /// Errors: [`GetServiceLinkedRoleDeletionStatusError`](operation::get_service_linked_role_deletion_status::GetServiceLinkedRoleDeletionStatusError).
    pub fn get_service_linked_role_deletion_status(
        &self,
    ) -> operation::get_service_linked_role_deletion_status::GetServiceLinkedRoleDeletionStatusFluentBuilder {
        operation::get_service_linked_role_deletion_status::GetServiceLinkedRoleDeletionStatusFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用InitResourceDirectory开通资源目录。开通资源目录后，系统会为您创建一个Root资源夹，并将当前账号设置为企业管理账号。该企业管理账号具有管理资源目录的所有权限。
    ///
    /// > - 请使用经过企业实名认证的账号开通资源目录。个人实名认证账号不能开通资源目录。
    /// > - 建议您将企业管理账号仅作为资源目录的管理员，不建议您在企业管理账号下订购云产品资源。
    ///
    /// Action `InitResourceDirectory`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`InitResourceDirectoryError`](operation::init_resource_directory::InitResourceDirectoryError).
    pub fn init_resource_directory(
        &self,
    ) -> operation::init_resource_directory::InitResourceDirectoryFluentBuilder {
        operation::init_resource_directory::InitResourceDirectoryFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用InviteAccountToResourceDirectory邀请外部账号加入资源目录。
    ///
    /// 本文将提供一个示例，邀请外部账号`someone@example.com`加入资源目录。
    ///
    /// Action `InviteAccountToResourceDirectory`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`InviteAccountToResourceDirectoryError`](operation::invite_account_to_resource_directory::InviteAccountToResourceDirectoryError).
    pub fn invite_account_to_resource_directory(
        &self,
    ) -> operation::invite_account_to_resource_directory::InviteAccountToResourceDirectoryFluentBuilder {
        operation::invite_account_to_resource_directory::InviteAccountToResourceDirectoryFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListAccounts查询整个资源目录下的所有成员列表。
    ///
    /// 资源目录的管理账号和可信服务的委派管理员账号可以调用该接口。
    ///
    /// Action `ListAccounts`; read-only.
    ///
    /// Errors: [`ListAccountsError`](operation::list_accounts::ListAccountsError).
    pub fn list_accounts(&self) -> operation::list_accounts::ListAccountsFluentBuilder {
        operation::list_accounts::ListAccountsFluentBuilder::new(self.handle.clone())
    }
    /// 调用ListAccountsForParent查询资源夹下的成员列表。
    ///
    /// Action `ListAccountsForParent`; read-only.
    ///
    /// Errors: [`ListAccountsForParentError`](operation::list_accounts_for_parent::ListAccountsForParentError).
    pub fn list_accounts_for_parent(
        &self,
    ) -> operation::list_accounts_for_parent::ListAccountsForParentFluentBuilder {
        operation::list_accounts_for_parent::ListAccountsForParentFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListAncestors查看指定资源夹的所有父资源夹信息。返回结果将按照从上到下的顺序展示资源夹信息。
    ///
    /// Action `ListAncestors`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`ListAncestorsError`](operation::list_ancestors::ListAncestorsError).
    pub fn list_ancestors(
        &self,
    ) -> operation::list_ancestors::ListAncestorsFluentBuilder {
        operation::list_ancestors::ListAncestorsFluentBuilder::new(self.handle.clone())
    }
    /// 调用ListAssociatedTransferSetting获取关联转组功能设置。
    ///
    /// Action `ListAssociatedTransferSetting`; read-only.
    ///
    /// Errors: [`ListAssociatedTransferSettingError`](operation::list_associated_transfer_setting::ListAssociatedTransferSettingError).
    pub fn list_associated_transfer_setting(
        &self,
    ) -> operation::list_associated_transfer_setting::ListAssociatedTransferSettingFluentBuilder {
        operation::list_associated_transfer_setting::ListAssociatedTransferSettingFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListControlPolicies查询管控策略列表。
    ///
    /// Action `ListControlPolicies`; read-only.
    pub fn list_control_policies(
        &self,
    ) -> operation::list_control_policies::ListControlPoliciesFluentBuilder {
        operation::list_control_policies::ListControlPoliciesFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListControlPolicyAttachmentsForTarget查询资源夹或成员账号绑定的管控策略列表。
    ///
    /// 本文将提供一个示例，查询资源夹`fd-ZDNPiT****`绑定的管控策略列表。
    ///
    /// Action `ListControlPolicyAttachmentsForTarget`; read-only.
    ///
    /// Errors: [`ListControlPolicyAttachmentsForTargetError`](operation::list_control_policy_attachments_for_target::ListControlPolicyAttachmentsForTargetError).
    pub fn list_control_policy_attachments_for_target(
        &self,
    ) -> operation::list_control_policy_attachments_for_target::ListControlPolicyAttachmentsForTargetFluentBuilder {
        operation::list_control_policy_attachments_for_target::ListControlPolicyAttachmentsForTargetFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListDelegatedAdministrators查询可信服务的委派管理员账号列表。
    ///
    /// Action `ListDelegatedAdministrators`; writes: not retried once it may have reached the service.
    pub fn list_delegated_administrators(
        &self,
    ) -> operation::list_delegated_administrators::ListDelegatedAdministratorsFluentBuilder {
        operation::list_delegated_administrators::ListDelegatedAdministratorsFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListDelegatedServicesForAccount查询指定成员被设置为哪些可信服务的委派管理员账号。
    ///
    /// Action `ListDelegatedServicesForAccount`; read-only.
    pub fn list_delegated_services_for_account(
        &self,
    ) -> operation::list_delegated_services_for_account::ListDelegatedServicesForAccountFluentBuilder {
        operation::list_delegated_services_for_account::ListDelegatedServicesForAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListFoldersForParent查询指定资源夹的子资源夹列表。
    ///
    /// > 只能查看指定资源夹下一级的子资源夹列表，无法查看更深层级的资源夹列表。
    ///
    /// Action `ListFoldersForParent`; read-only.
    ///
    /// Errors: [`ListFoldersForParentError`](operation::list_folders_for_parent::ListFoldersForParentError).
    pub fn list_folders_for_parent(
        &self,
    ) -> operation::list_folders_for_parent::ListFoldersForParentFluentBuilder {
        operation::list_folders_for_parent::ListFoldersForParentFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListHandshakesForAccount查询当前账号下的邀请记录。
    ///
    /// 本文将提供一个示例，查询当前管理账号`172841235500****`的邀请记录。
    ///
    /// Action `ListHandshakesForAccount`; read-only.
    pub fn list_handshakes_for_account(
        &self,
    ) -> operation::list_handshakes_for_account::ListHandshakesForAccountFluentBuilder {
        operation::list_handshakes_for_account::ListHandshakesForAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListHandshakesForResourceDirectory查看资源目录下的所有邀请列表。
    ///
    /// Action `ListHandshakesForResourceDirectory`; read-only.
    ///
    /// Errors: [`ListHandshakesForResourceDirectoryError`](operation::list_handshakes_for_resource_directory::ListHandshakesForResourceDirectoryError).
    pub fn list_handshakes_for_resource_directory(
        &self,
    ) -> operation::list_handshakes_for_resource_directory::ListHandshakesForResourceDirectoryFluentBuilder {
        operation::list_handshakes_for_resource_directory::ListHandshakesForResourceDirectoryFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListPolicies查看权限策略列表。
    ///
    /// Action `ListPolicies`; read-only.
    pub fn list_policies(&self) -> operation::list_policies::ListPoliciesFluentBuilder {
        operation::list_policies::ListPoliciesFluentBuilder::new(self.handle.clone())
    }
    /// 调用ListPolicyAttachments查看授权列表。
    ///
    /// 您可以查看以下信息：
    ///
    /// - 阿里云账号或资源组下的所有授权记录。
    /// - RAM用户、RAM用户组、RAM角色被授予的所有权限策略。
    /// - 阿里云账号或资源组下拥有某个权限的RAM用户、RAM用户组、RAM角色。
    ///
    /// Action `ListPolicyAttachments`; read-only.
    ///
    /// Errors: [`ListPolicyAttachmentsError`](operation::list_policy_attachments::ListPolicyAttachmentsError).
    pub fn list_policy_attachments(
        &self,
    ) -> operation::list_policy_attachments::ListPolicyAttachmentsFluentBuilder {
        operation::list_policy_attachments::ListPolicyAttachmentsFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListPolicyVersions查看权限策略版本列表。
    ///
    /// Action `ListPolicyVersions`; read-only.
    ///
    /// Errors: [`ListPolicyVersionsError`](operation::list_policy_versions::ListPolicyVersionsError).
    pub fn list_policy_versions(
        &self,
    ) -> operation::list_policy_versions::ListPolicyVersionsFluentBuilder {
        operation::list_policy_versions::ListPolicyVersionsFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListResourceGroups查询资源组列表。
    ///
    /// 您可以调用本API查询当前账号下的所有资源组列表，也可以根据资源组状态、资源组ID、资源组标识或资源组显示名称查询对应的资源组列表。
    ///
    /// Action `ListResourceGroups`; read-only.
    pub fn list_resource_groups(
        &self,
    ) -> operation::list_resource_groups::ListResourceGroupsFluentBuilder {
        operation::list_resource_groups::ListResourceGroupsFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListResources查询当前账号可以访问的资源组中的资源列表。
    ///
    /// > 该API支持通过RAM角色方式调用，但不支持角色的会话策略。
    ///
    /// Action `ListResources`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`ListResourcesError`](operation::list_resources::ListResourcesError).
    pub fn list_resources(
        &self,
    ) -> operation::list_resources::ListResourcesFluentBuilder {
        operation::list_resources::ListResourcesFluentBuilder::new(self.handle.clone())
    }
    /// 调用ListRoles查看角色列表。
    ///
    /// Action `ListRoles`; read-only.
    pub fn list_roles(&self) -> operation::list_roles::ListRolesFluentBuilder {
        operation::list_roles::ListRolesFluentBuilder::new(self.handle.clone())
    }
    /// 调用ListTagKeys查询资源目录成员的标签键列表。
    ///
    /// Action `ListTagKeys`; read-only.
    pub fn list_tag_keys(&self) -> operation::list_tag_keys::ListTagKeysFluentBuilder {
        operation::list_tag_keys::ListTagKeysFluentBuilder::new(self.handle.clone())
    }
    /// 调用ListTagResources查询资源组或资源目录成员绑定的标签列表。
    ///
    /// Action `ListTagResources`; read-only.
    pub fn list_tag_resources(
        &self,
    ) -> operation::list_tag_resources::ListTagResourcesFluentBuilder {
        operation::list_tag_resources::ListTagResourcesFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListTagValues查询指定标签键对应的标签值。
    ///
    /// ### 使用说明
    /// 本文将提供一个示例，查询标签键k1对应的标签值。返回结果显示：标签键k1对应的标签值为v1。
    ///
    /// Action `ListTagValues`; read-only.
    pub fn list_tag_values(
        &self,
    ) -> operation::list_tag_values::ListTagValuesFluentBuilder {
        operation::list_tag_values::ListTagValuesFluentBuilder::new(self.handle.clone())
    }
    /// 调用ListTargetAttachmentsForControlPolicy查询管控策略绑定的节点。
    ///
    /// Action `ListTargetAttachmentsForControlPolicy`; read-only.
    pub fn list_target_attachments_for_control_policy(
        &self,
    ) -> operation::list_target_attachments_for_control_policy::ListTargetAttachmentsForControlPolicyFluentBuilder {
        operation::list_target_attachments_for_control_policy::ListTargetAttachmentsForControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用ListTrustedServiceStatus查询管理账号或委派管理员账号已启用的可信服务列表。
    ///
    /// > 该接口仅限管理账号或委派管理员账号使用。
    ///
    /// Action `ListTrustedServiceStatus`; read-only.
    ///
    /// Errors: [`ListTrustedServiceStatusError`](operation::list_trusted_service_status::ListTrustedServiceStatusError).
    pub fn list_trusted_service_status(
        &self,
    ) -> operation::list_trusted_service_status::ListTrustedServiceStatusFluentBuilder {
        operation::list_trusted_service_status::ListTrustedServiceStatusFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用MoveAccount将成员移动到另一个资源夹。
    ///
    /// Action `MoveAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`MoveAccountError`](operation::move_account::MoveAccountError).
    pub fn move_account(&self) -> operation::move_account::MoveAccountFluentBuilder {
        operation::move_account::MoveAccountFluentBuilder::new(self.handle.clone())
    }
    /// 调用MoveResources将资源从一个资源组转移到另一个资源组。
    ///
    /// 支持跨地域、跨云服务、跨资源组批量转移资源。
    ///
    /// 支持转移资源组的云服务，请参见\[支持资源组的云服务\](~~94479~~)的**API**列。
    ///
    /// Action `MoveResources`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`MoveResourcesError`](operation::move_resources::MoveResourcesError).
    pub fn move_resources(
        &self,
    ) -> operation::move_resources::MoveResourcesFluentBuilder {
        operation::move_resources::MoveResourcesFluentBuilder::new(self.handle.clone())
    }
    /// 将资源账号升级为云账号，异步操作。
    ///
    /// Action `PromoteResourceAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`PromoteResourceAccountError`](operation::promote_resource_account::PromoteResourceAccountError).
    pub fn promote_resource_account(
        &self,
    ) -> operation::promote_resource_account::PromoteResourceAccountFluentBuilder {
        operation::promote_resource_account::PromoteResourceAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用RegisterDelegatedAdministrator将资源目录的成员账号设置为可信服务的委派管理员账号。
    ///
    /// 设置完成后，委派管理员账号将获得访问资源目录组织信息的授权，从而具有了对组织成员和结构的可见性。委派管理员账号在指定可信服务中将代表企业管理账号执行服务相关管理操作。
    /// 使用限制：
    /// - 只有部分可信服务支持委派管理员功能。更多信息，请参见\[支持的可信服务\](~~208133~~)。
    /// - 只有资源目录的企业管理账号及其下被授权的RAM用户和RAM角色才能调用该API。
    /// - 可信服务允许添加的委派管理员账号数量由各可信服务定义。
    ///
    /// Action `RegisterDelegatedAdministrator`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`RegisterDelegatedAdministratorError`](operation::register_delegated_administrator::RegisterDelegatedAdministratorError).
    pub fn register_delegated_administrator(
        &self,
    ) -> operation::register_delegated_administrator::RegisterDelegatedAdministratorFluentBuilder {
        operation::register_delegated_administrator::RegisterDelegatedAdministratorFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用RemoveCloudAccount移除云账号类型的成员。移除后，该成员将作为独立的阿里云账号存在，不再被资源目录的管理账号管控。
    ///
    /// Action `RemoveCloudAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`RemoveCloudAccountError`](operation::remove_cloud_account::RemoveCloudAccountError).
    pub fn remove_cloud_account(
        &self,
    ) -> operation::remove_cloud_account::RemoveCloudAccountFluentBuilder {
        operation::remove_cloud_account::RemoveCloudAccountFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 重新发送创建云账号的确认邮件。
    ///
    /// Action `ResendCreateCloudAccountEmail`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`ResendCreateCloudAccountEmailError`](operation::resend_create_cloud_account_email::ResendCreateCloudAccountEmailError).
    pub fn resend_create_cloud_account_email(
        &self,
    ) -> operation::resend_create_cloud_account_email::ResendCreateCloudAccountEmailFluentBuilder {
        operation::resend_create_cloud_account_email::ResendCreateCloudAccountEmailFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 重新发送资源账号升级为云账号的确认邮件。
    ///
    /// Action `ResendPromoteResourceAccountEmail`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`ResendPromoteResourceAccountEmailError`](operation::resend_promote_resource_account_email::ResendPromoteResourceAccountEmailError).
    pub fn resend_promote_resource_account_email(
        &self,
    ) -> operation::resend_promote_resource_account_email::ResendPromoteResourceAccountEmailFluentBuilder {
        operation::resend_promote_resource_account_email::ResendPromoteResourceAccountEmailFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用RetryChangeAccountEmail重新发送修改成员邮箱的确认邮件。
    ///
    /// Action `RetryChangeAccountEmail`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`RetryChangeAccountEmailError`](operation::retry_change_account_email::RetryChangeAccountEmailError).
    pub fn retry_change_account_email(
        &self,
    ) -> operation::retry_change_account_email::RetryChangeAccountEmailFluentBuilder {
        operation::retry_change_account_email::RetryChangeAccountEmailFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Sends a verification code to the mobile phone number that you want to bind to a member of the resource account type in a resource directory for security purposes.
    ///
    /// To ensure that the system can record the operators of management operations, you must
    /// use a RAM user or RAM role to which the `AliyunResourceDirectoryFullAccess` policy is
    /// attached within the management account of your resource directory to call this API
    /// operation.
    ///
    /// Action `SendVerificationCodeForBindSecureMobilePhone`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`SendVerificationCodeForBindSecureMobilePhoneError`](operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneError).
    pub fn send_verification_code_for_bind_secure_mobile_phone(
        &self,
    ) -> operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneFluentBuilder {
        operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 通过创建新管理账号开通资源目录时，调用SendVerificationCodeForEnableRD向新管理账号的安全手机号码发送验证码。
    ///
    /// 每个阿里云账号每天最多发送100次验证码。
    ///
    /// Action `SendVerificationCodeForEnableRD`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`SendVerificationCodeForEnableRdError`](operation::send_verification_code_for_enable_rd::SendVerificationCodeForEnableRdError).
    pub fn send_verification_code_for_enable_rd(
        &self,
    ) -> operation::send_verification_code_for_enable_rd::SendVerificationCodeForEnableRdFluentBuilder {
        operation::send_verification_code_for_enable_rd::SendVerificationCodeForEnableRdFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用SetDefaultPolicyVersion设置权限策略默认版本。
    ///
    /// Action `SetDefaultPolicyVersion`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`SetDefaultPolicyVersionError`](operation::set_default_policy_version::SetDefaultPolicyVersionError).
    pub fn set_default_policy_version(
        &self,
    ) -> operation::set_default_policy_version::SetDefaultPolicyVersionFluentBuilder {
        operation::set_default_policy_version::SetDefaultPolicyVersionFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用SetMemberDeletionPermission开启或关闭成员删除许可。
    ///
    /// 当开启成员删除许可后，才能删除资源账号类型的成员。
    ///
    /// Action `SetMemberDeletionPermission`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`SetMemberDeletionPermissionError`](operation::set_member_deletion_permission::SetMemberDeletionPermissionError).
    pub fn set_member_deletion_permission(
        &self,
    ) -> operation::set_member_deletion_permission::SetMemberDeletionPermissionFluentBuilder {
        operation::set_member_deletion_permission::SetMemberDeletionPermissionFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用TagResources为资源组或资源目录的成员绑定标签。
    ///
    /// Action `TagResources`; writes: not retried once it may have reached the service.
    pub fn tag_resources(&self) -> operation::tag_resources::TagResourcesFluentBuilder {
        operation::tag_resources::TagResourcesFluentBuilder::new(self.handle.clone())
    }
    /// 调用UntagResources解绑资源组或资源目成员的标签。
    ///
    /// Action `UntagResources`; writes: not retried once it may have reached the service.
    pub fn untag_resources(
        &self,
    ) -> operation::untag_resources::UntagResourcesFluentBuilder {
        operation::untag_resources::UntagResourcesFluentBuilder::new(self.handle.clone())
    }
    /// 调用UpdateAccount修改成员名称或切换成员类型。
    ///
    /// ### 前提条件
    ///
    /// - 为确保系统可以记录到管理操作的具体操作者，请使用管理账号下具有资源目录管理权限（AliyunResourceDirectoryFullAccess）的RAM用户或RAM角色调用本API。
    /// - 资源账号切换为云账号时需要满足的条件，请参见\[资源账号切换为云账号\](~~111233~~)。
    /// - 云账号切换为资源账号时需要满足的条件，请参见\[云账号切换为资源账号\](~~209980~~)。
    ///
    /// Action `UpdateAccount`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`UpdateAccountError`](operation::update_account::UpdateAccountError).
    pub fn update_account(
        &self,
    ) -> operation::update_account::UpdateAccountFluentBuilder {
        operation::update_account::UpdateAccountFluentBuilder::new(self.handle.clone())
    }
    /// 调用UpdateAssociatedTransferSetting更新关联转组功能设置。
    ///
    /// 支持关联资源跟随转组的云资源，请参见\[关联资源跟随转组\](~~606232~~)。
    ///
    /// Action `UpdateAssociatedTransferSetting`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`UpdateAssociatedTransferSettingError`](operation::update_associated_transfer_setting::UpdateAssociatedTransferSettingError).
    pub fn update_associated_transfer_setting(
        &self,
    ) -> operation::update_associated_transfer_setting::UpdateAssociatedTransferSettingFluentBuilder {
        operation::update_associated_transfer_setting::UpdateAssociatedTransferSettingFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用UpdateControlPolicy修改自定义管控策略。
    ///
    /// 本文将提供一个示例，修改管控策略`cp-jExXAqIYkwHN****`的名称为`NewControlPolicy`。
    ///
    /// Action `UpdateControlPolicy`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`UpdateControlPolicyError`](operation::update_control_policy::UpdateControlPolicyError).
    pub fn update_control_policy(
        &self,
    ) -> operation::update_control_policy::UpdateControlPolicyFluentBuilder {
        operation::update_control_policy::UpdateControlPolicyFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用UpdateFolder修改资源夹名称。
    ///
    /// Action `UpdateFolder`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`UpdateFolderError`](operation::update_folder::UpdateFolderError).
    pub fn update_folder(&self) -> operation::update_folder::UpdateFolderFluentBuilder {
        operation::update_folder::UpdateFolderFluentBuilder::new(self.handle.clone())
    }
    /// 调用UpdateResourceGroup修改资源组的显示名称。
    ///
    /// Action `UpdateResourceGroup`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`UpdateResourceGroupError`](operation::update_resource_group::UpdateResourceGroupError).
    pub fn update_resource_group(
        &self,
    ) -> operation::update_resource_group::UpdateResourceGroupFluentBuilder {
        operation::update_resource_group::UpdateResourceGroupFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// 调用UpdateRole更新RAM角色信息。
    ///
    /// Action `UpdateRole`; writes: not retried once it may have reached the service.
    ///
    /// Errors: [`UpdateRoleError`](operation::update_role::UpdateRoleError).
    pub fn update_role(&self) -> operation::update_role::UpdateRoleFluentBuilder {
        operation::update_role::UpdateRoleFluentBuilder::new(self.handle.clone())
    }
}
/// Structs and enums used by more than one operation.
pub mod types {
    /// 权限策略类型。取值：
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum PolicyType {
        ///Custom
        Custom,
        ///System
        System,
        /// A value this SDK does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl PolicyType {
        /// The value as the service spells it.
        pub fn as_str(&self) -> &str {
            match self {
                PolicyType::Custom => "Custom",
                PolicyType::System => "System",
                PolicyType::Unknown(value) => value,
            }
        }
    }
    impl ::std::convert::From<&str> for PolicyType {
        fn from(value: &str) -> Self {
            match value {
                "Custom" => PolicyType::Custom,
                "System" => PolicyType::System,
                other => PolicyType::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::fmt::Display for PolicyType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::alibabacloud::__private::serde::Serialize for PolicyType {
        fn serialize<S: ::alibabacloud::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::alibabacloud::__private::serde::Deserialize<'de> for PolicyType {
        fn deserialize<D: ::alibabacloud::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::alibabacloud::__private::de::string(deserializer)
                .map(|value| PolicyType::from(value.as_str()))
        }
    }
    impl ::alibabacloud::__private::ParamValue for PolicyType {
        fn write_param(
            &self,
            key: &str,
            writer: &mut ::alibabacloud::__private::ParamWriter,
        ) {
            writer.put_str(key, self.as_str());
        }
    }
}
/// One module per operation: its request, response, error and fluent builder.
pub mod operation {
    /// 被邀请的阿里云账号调用AcceptHandshake接受邀请。
    ///
    /// Action `AcceptHandshake`.
    pub mod accept_handshake {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/accept_handshake.rs")
        );
    }
    /// 调用AttachControlPolicy绑定管控策略。
    ///
    /// Action `AttachControlPolicy`.
    pub mod attach_control_policy {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/attach_control_policy.rs")
        );
    }
    /// 调用AttachPolicy为授权对象（RAM用户、RAM用户组或RAM角色）添加权限策略，即授权。完成授权后，被授权对象将获得指定资源组或阿里云账号内资源的访问权限。
    ///
    /// Action `AttachPolicy`.
    pub mod attach_policy {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/attach_policy.rs")
        );
    }
    /// 调用BindSecureMobilePhone为资源账号类型的成员设置安全手机号码。
    ///
    /// Action `BindSecureMobilePhone`.
    pub mod bind_secure_mobile_phone {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/bind_secure_mobile_phone.rs")
        );
    }
    /// 调用CancelChangeAccountEmail取消修改成员邮箱。
    ///
    /// Action `CancelChangeAccountEmail`.
    pub mod cancel_change_account_email {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/cancel_change_account_email.rs")
        );
    }
    /// 取消创建资源目录云账号类型的成员。
    ///
    /// Action `CancelCreateCloudAccount`.
    pub mod cancel_create_cloud_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/cancel_create_cloud_account.rs")
        );
    }
    /// 调用CancelHandshake取消邀请。
    ///
    /// Action `CancelHandshake`.
    pub mod cancel_handshake {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/cancel_handshake.rs")
        );
    }
    /// 取消升级资源目录资源账号为云账号。
    ///
    /// Action `CancelPromoteResourceAccount`.
    pub mod cancel_promote_resource_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/cancel_promote_resource_account.rs")
        );
    }
    /// 调用ChangeAccountEmail修改成员邮箱。
    ///
    /// Action `ChangeAccountEmail`.
    pub mod change_account_email {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/change_account_email.rs")
        );
    }
    /// 调用CheckAccountDelete执行成员删除检查任务。
    ///
    /// Action `CheckAccountDelete`.
    pub mod check_account_delete {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/check_account_delete.rs")
        );
    }
    /// 创建资源目录云账号类型的成员。
    ///
    /// Action `CreateCloudAccount`.
    pub mod create_cloud_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/create_cloud_account.rs")
        );
    }
    /// 调用CreateControlPolicy创建自定义管控策略。
    ///
    /// Action `CreateControlPolicy`.
    pub mod create_control_policy {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/create_control_policy.rs")
        );
    }
    /// 调用CreateFolder创建资源夹。
    ///
    /// Action `CreateFolder`.
    pub mod create_folder {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/create_folder.rs")
        );
    }
    /// 调用CreatePolicy创建一个权限策略。
    ///
    /// Action `CreatePolicy`.
    pub mod create_policy {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/create_policy.rs")
        );
    }
    /// 调用CreatePolicyVersion创建权限策略版本。
    ///
    /// Action `CreatePolicyVersion`.
    pub mod create_policy_version {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/create_policy_version.rs")
        );
    }
    /// 调用CreateResourceAccount创建资源账号类型的成员。
    ///
    /// Action `CreateResourceAccount`.
    pub mod create_resource_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/create_resource_account.rs")
        );
    }
    /// 调用CreateResourceGroup创建资源组。
    ///
    /// Action `CreateResourceGroup`.
    pub mod create_resource_group {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/create_resource_group.rs")
        );
    }
    /// 调用CreateRole创建角色。
    ///
    /// Action `CreateRole`.
    pub mod create_role {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/create_role.rs"));
    }
    /// 调用CreateServiceLinkedRole创建服务关联角色。
    ///
    /// Action `CreateServiceLinkedRole`.
    pub mod create_service_linked_role {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/create_service_linked_role.rs")
        );
    }
    /// 被邀请的阿里云账号调用DeclineHandshake拒绝邀请。
    ///
    /// Action `DeclineHandshake`.
    pub mod decline_handshake {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/decline_handshake.rs")
        );
    }
    /// 调用DeleteAccount删除资源类型的成员。
    ///
    /// Action `DeleteAccount`.
    pub mod delete_account {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/delete_account.rs")
        );
    }
    /// 调用DeleteControlPolicy删除自定义管控策略。
    ///
    /// Action `DeleteControlPolicy`.
    pub mod delete_control_policy {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/delete_control_policy.rs")
        );
    }
    /// 调用DeleteFolder删除资源夹。
    ///
    /// Action `DeleteFolder`.
    pub mod delete_folder {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/delete_folder.rs")
        );
    }
    /// 调用DeletePolicy删除指定的权限策略。
    ///
    /// Action `DeletePolicy`.
    pub mod delete_policy {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/delete_policy.rs")
        );
    }
    /// 调用DeletePolicyVersion删除权限策略版本。
    ///
    /// Action `DeletePolicyVersion`.
    pub mod delete_policy_version {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/delete_policy_version.rs")
        );
    }
    /// 调用DeleteResourceGroup删除资源组。
    ///
    /// Action `DeleteResourceGroup`.
    pub mod delete_resource_group {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/delete_resource_group.rs")
        );
    }
    /// 调用DeleteRole删除角色。
    ///
    /// Action `DeleteRole`.
    pub mod delete_role {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/delete_role.rs"));
    }
    /// 调用DeleteServiceLinkedRole删除服务关联角色。
    ///
    /// Action `DeleteServiceLinkedRole`.
    pub mod delete_service_linked_role {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/delete_service_linked_role.rs")
        );
    }
    /// 调用DeregisterDelegatedAdministrator移除可信服务的委派管理员账号。
    ///
    /// Action `DeregisterDelegatedAdministrator`.
    pub mod deregister_delegated_administrator {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/deregister_delegated_administrator.rs")
        );
    }
    /// 调用DestroyResourceDirectory关闭资源目录。此操作不可恢复，请您慎重操作。
    ///
    /// Action `DestroyResourceDirectory`.
    pub mod destroy_resource_directory {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/destroy_resource_directory.rs")
        );
    }
    /// 调用DetachControlPolicy解绑管控策略。
    ///
    /// Action `DetachControlPolicy`.
    pub mod detach_control_policy {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/detach_control_policy.rs")
        );
    }
    /// 调用DetachPolicy移除指定对象的权限策略。移除授权后，该对象将失去对当前资源组或账号中资源的操作权限。
    ///
    /// Action `DetachPolicy`.
    pub mod detach_policy {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/detach_policy.rs")
        );
    }
    /// 调用DisableAssociatedTransfer关闭关联资源跟随转组功能。
    ///
    /// Action `DisableAssociatedTransfer`.
    pub mod disable_associated_transfer {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/disable_associated_transfer.rs")
        );
    }
    /// 调用DisableControlPolicy关闭管控策略功能。
    ///
    /// Action `DisableControlPolicy`.
    pub mod disable_control_policy {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/disable_control_policy.rs")
        );
    }
    /// 调用EnableAssociatedTransfer开通关联资源跟随转组功能。
    ///
    /// Action `EnableAssociatedTransfer`.
    pub mod enable_associated_transfer {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/enable_associated_transfer.rs")
        );
    }
    /// 调用EnableControlPolicy开启管控策略功能。
    ///
    /// Action `EnableControlPolicy`.
    pub mod enable_control_policy {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/enable_control_policy.rs")
        );
    }
    /// 调用EnableResourceDirectory开通资源目录。
    ///
    /// Action `EnableResourceDirectory`.
    pub mod enable_resource_directory {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/enable_resource_directory.rs")
        );
    }
    /// 调用GetAccount获取成员信息。
    ///
    /// Action `GetAccount`.
    pub mod get_account {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/get_account.rs"));
    }
    /// 调用GetAccountDeletionCheckResult查询成员删除检查结果。
    ///
    /// Action `GetAccountDeletionCheckResult`.
    pub mod get_account_deletion_check_result {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/get_account_deletion_check_result.rs")
        );
    }
    /// 调用GetAccountDeletionStatus查询成员删除状态。
    ///
    /// Action `GetAccountDeletionStatus`.
    pub mod get_account_deletion_status {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/get_account_deletion_status.rs")
        );
    }
    /// 调用GetControlPolicy查询管控策略的详情。
    ///
    /// Action `GetControlPolicy`.
    pub mod get_control_policy {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/get_control_policy.rs")
        );
    }
    /// 调用GetControlPolicyEnablementStatus查询管控策略功能的开启或关闭状态。
    ///
    /// Action `GetControlPolicyEnablementStatus`.
    pub mod get_control_policy_enablement_status {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/get_control_policy_enablement_status.rs")
        );
    }
    /// 调用GetFolder获取资源夹信息。
    ///
    /// Action `GetFolder`.
    pub mod get_folder {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/get_folder.rs"));
    }
    /// 调用GetHandshake获取邀请信息。
    ///
    /// Action `GetHandshake`.
    pub mod get_handshake {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/get_handshake.rs")
        );
    }
    /// 调用GetPayerForAccount获取成员的结算账号信息。
    ///
    /// Action `GetPayerForAccount`.
    pub mod get_payer_for_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/get_payer_for_account.rs")
        );
    }
    /// 调用GetPolicy获取指定的权限策略信息。
    ///
    /// Action `GetPolicy`.
    pub mod get_policy {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/get_policy.rs"));
    }
    /// 调用GetPolicyVersion获取某个权限策略的版本。
    ///
    /// Action `GetPolicyVersion`.
    pub mod get_policy_version {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/get_policy_version.rs")
        );
    }
    /// 调用GetResourceDirectory获取资源目录信息。管理账号调用时，返回管理账号开通的资源目录详情。成员调用时，返回成员所属的资源目录详情。
    ///
    /// Action `GetResourceDirectory`.
    pub mod get_resource_directory {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/get_resource_directory.rs")
        );
    }
    /// 调用GetResourceGroup查询资源组信息。
    ///
    /// Action `GetResourceGroup`.
    pub mod get_resource_group {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/get_resource_group.rs")
        );
    }
    /// 调用GetRole获取角色信息。
    ///
    /// Action `GetRole`.
    pub mod get_role {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/get_role.rs"));
    }
    /// 调用GetServiceLinkedRoleDeletionStatus获取删除服务关联角色的任务状态。
    ///
    /// Action `GetServiceLinkedRoleDeletionStatus`.
    pub mod get_service_linked_role_deletion_status {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/get_service_linked_role_deletion_status.rs")
        );
    }
    /// 调用InitResourceDirectory开通资源目录。开通资源目录后，系统会为您创建一个Root资源夹，并将当前账号设置为企业管理账号。该企业管理账号具有管理资源目录的所有权限。
    ///
    /// Action `InitResourceDirectory`.
    pub mod init_resource_directory {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/init_resource_directory.rs")
        );
    }
    /// 调用InviteAccountToResourceDirectory邀请外部账号加入资源目录。
    ///
    /// Action `InviteAccountToResourceDirectory`.
    pub mod invite_account_to_resource_directory {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/invite_account_to_resource_directory.rs")
        );
    }
    /// 调用ListAccounts查询整个资源目录下的所有成员列表。
    ///
    /// Action `ListAccounts`.
    pub mod list_accounts {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/list_accounts.rs")
        );
    }
    /// 调用ListAccountsForParent查询资源夹下的成员列表。
    ///
    /// Action `ListAccountsForParent`.
    pub mod list_accounts_for_parent {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_accounts_for_parent.rs")
        );
    }
    /// 调用ListAncestors查看指定资源夹的所有父资源夹信息。返回结果将按照从上到下的顺序展示资源夹信息。
    ///
    /// Action `ListAncestors`.
    pub mod list_ancestors {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/list_ancestors.rs")
        );
    }
    /// 调用ListAssociatedTransferSetting获取关联转组功能设置。
    ///
    /// Action `ListAssociatedTransferSetting`.
    pub mod list_associated_transfer_setting {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_associated_transfer_setting.rs")
        );
    }
    /// 调用ListControlPolicies查询管控策略列表。
    ///
    /// Action `ListControlPolicies`.
    pub mod list_control_policies {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_control_policies.rs")
        );
    }
    /// 调用ListControlPolicyAttachmentsForTarget查询资源夹或成员账号绑定的管控策略列表。
    ///
    /// Action `ListControlPolicyAttachmentsForTarget`.
    pub mod list_control_policy_attachments_for_target {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_control_policy_attachments_for_target.rs")
        );
    }
    /// 调用ListDelegatedAdministrators查询可信服务的委派管理员账号列表。
    ///
    /// Action `ListDelegatedAdministrators`.
    pub mod list_delegated_administrators {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_delegated_administrators.rs")
        );
    }
    /// 调用ListDelegatedServicesForAccount查询指定成员被设置为哪些可信服务的委派管理员账号。
    ///
    /// Action `ListDelegatedServicesForAccount`.
    pub mod list_delegated_services_for_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_delegated_services_for_account.rs")
        );
    }
    /// 调用ListFoldersForParent查询指定资源夹的子资源夹列表。
    ///
    /// Action `ListFoldersForParent`.
    pub mod list_folders_for_parent {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_folders_for_parent.rs")
        );
    }
    /// 调用ListHandshakesForAccount查询当前账号下的邀请记录。
    ///
    /// Action `ListHandshakesForAccount`.
    pub mod list_handshakes_for_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_handshakes_for_account.rs")
        );
    }
    /// 调用ListHandshakesForResourceDirectory查看资源目录下的所有邀请列表。
    ///
    /// Action `ListHandshakesForResourceDirectory`.
    pub mod list_handshakes_for_resource_directory {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_handshakes_for_resource_directory.rs")
        );
    }
    /// 调用ListPolicies查看权限策略列表。
    ///
    /// Action `ListPolicies`.
    pub mod list_policies {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/list_policies.rs")
        );
    }
    /// 调用ListPolicyAttachments查看授权列表。
    ///
    /// Action `ListPolicyAttachments`.
    pub mod list_policy_attachments {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_policy_attachments.rs")
        );
    }
    /// 调用ListPolicyVersions查看权限策略版本列表。
    ///
    /// Action `ListPolicyVersions`.
    pub mod list_policy_versions {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_policy_versions.rs")
        );
    }
    /// 调用ListResourceGroups查询资源组列表。
    ///
    /// Action `ListResourceGroups`.
    pub mod list_resource_groups {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_resource_groups.rs")
        );
    }
    /// 调用ListResources查询当前账号可以访问的资源组中的资源列表。
    ///
    /// Action `ListResources`.
    pub mod list_resources {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/list_resources.rs")
        );
    }
    /// 调用ListRoles查看角色列表。
    ///
    /// Action `ListRoles`.
    pub mod list_roles {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/list_roles.rs"));
    }
    /// 调用ListTagKeys查询资源目录成员的标签键列表。
    ///
    /// Action `ListTagKeys`.
    pub mod list_tag_keys {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/list_tag_keys.rs")
        );
    }
    /// 调用ListTagResources查询资源组或资源目录成员绑定的标签列表。
    ///
    /// Action `ListTagResources`.
    pub mod list_tag_resources {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/list_tag_resources.rs")
        );
    }
    /// 调用ListTagValues查询指定标签键对应的标签值。
    ///
    /// Action `ListTagValues`.
    pub mod list_tag_values {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/list_tag_values.rs")
        );
    }
    /// 调用ListTargetAttachmentsForControlPolicy查询管控策略绑定的节点。
    ///
    /// Action `ListTargetAttachmentsForControlPolicy`.
    pub mod list_target_attachments_for_control_policy {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_target_attachments_for_control_policy.rs")
        );
    }
    /// 调用ListTrustedServiceStatus查询管理账号或委派管理员账号已启用的可信服务列表。
    ///
    /// Action `ListTrustedServiceStatus`.
    pub mod list_trusted_service_status {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/list_trusted_service_status.rs")
        );
    }
    /// 调用MoveAccount将成员移动到另一个资源夹。
    ///
    /// Action `MoveAccount`.
    pub mod move_account {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/move_account.rs"));
    }
    /// 调用MoveResources将资源从一个资源组转移到另一个资源组。
    ///
    /// Action `MoveResources`.
    pub mod move_resources {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/move_resources.rs")
        );
    }
    /// 将资源账号升级为云账号，异步操作。
    ///
    /// Action `PromoteResourceAccount`.
    pub mod promote_resource_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/promote_resource_account.rs")
        );
    }
    /// 调用RegisterDelegatedAdministrator将资源目录的成员账号设置为可信服务的委派管理员账号。
    ///
    /// Action `RegisterDelegatedAdministrator`.
    pub mod register_delegated_administrator {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/register_delegated_administrator.rs")
        );
    }
    /// 调用RemoveCloudAccount移除云账号类型的成员。移除后，该成员将作为独立的阿里云账号存在，不再被资源目录的管理账号管控。
    ///
    /// Action `RemoveCloudAccount`.
    pub mod remove_cloud_account {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/remove_cloud_account.rs")
        );
    }
    /// 重新发送创建云账号的确认邮件。
    ///
    /// Action `ResendCreateCloudAccountEmail`.
    pub mod resend_create_cloud_account_email {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/resend_create_cloud_account_email.rs")
        );
    }
    /// 重新发送资源账号升级为云账号的确认邮件。
    ///
    /// Action `ResendPromoteResourceAccountEmail`.
    pub mod resend_promote_resource_account_email {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/resend_promote_resource_account_email.rs")
        );
    }
    /// 调用RetryChangeAccountEmail重新发送修改成员邮箱的确认邮件。
    ///
    /// Action `RetryChangeAccountEmail`.
    pub mod retry_change_account_email {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/retry_change_account_email.rs")
        );
    }
    /// Sends a verification code to the mobile phone number that you want to bind to a member of the resource account type in a resource directory for security purposes.
    ///
    /// Action `SendVerificationCodeForBindSecureMobilePhone`.
    pub mod send_verification_code_for_bind_secure_mobile_phone {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/send_verification_code_for_bind_secure_mobile_phone.rs")
        );
    }
    /// 通过创建新管理账号开通资源目录时，调用SendVerificationCodeForEnableRD向新管理账号的安全手机号码发送验证码。
    ///
    /// Action `SendVerificationCodeForEnableRD`.
    pub mod send_verification_code_for_enable_rd {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/send_verification_code_for_enable_rd.rs")
        );
    }
    /// 调用SetDefaultPolicyVersion设置权限策略默认版本。
    ///
    /// Action `SetDefaultPolicyVersion`.
    pub mod set_default_policy_version {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/set_default_policy_version.rs")
        );
    }
    /// 调用SetMemberDeletionPermission开启或关闭成员删除许可。
    ///
    /// Action `SetMemberDeletionPermission`.
    pub mod set_member_deletion_permission {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/set_member_deletion_permission.rs")
        );
    }
    /// 调用TagResources为资源组或资源目录的成员绑定标签。
    ///
    /// Action `TagResources`.
    pub mod tag_resources {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/tag_resources.rs")
        );
    }
    /// 调用UntagResources解绑资源组或资源目成员的标签。
    ///
    /// Action `UntagResources`.
    pub mod untag_resources {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/untag_resources.rs")
        );
    }
    /// 调用UpdateAccount修改成员名称或切换成员类型。
    ///
    /// Action `UpdateAccount`.
    pub mod update_account {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/update_account.rs")
        );
    }
    /// 调用UpdateAssociatedTransferSetting更新关联转组功能设置。
    ///
    /// Action `UpdateAssociatedTransferSetting`.
    pub mod update_associated_transfer_setting {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/update_associated_transfer_setting.rs")
        );
    }
    /// 调用UpdateControlPolicy修改自定义管控策略。
    ///
    /// Action `UpdateControlPolicy`.
    pub mod update_control_policy {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/update_control_policy.rs")
        );
    }
    /// 调用UpdateFolder修改资源夹名称。
    ///
    /// Action `UpdateFolder`.
    pub mod update_folder {
        include!(
            concat!(env!("OUT_DIR"), "/resourcemanager/operation/update_folder.rs")
        );
    }
    /// 调用UpdateResourceGroup修改资源组的显示名称。
    ///
    /// Action `UpdateResourceGroup`.
    pub mod update_resource_group {
        include!(
            concat!(env!("OUT_DIR"),
            "/resourcemanager/operation/update_resource_group.rs")
        );
    }
    /// 调用UpdateRole更新RAM角色信息。
    ///
    /// Action `UpdateRole`.
    pub mod update_role {
        include!(concat!(env!("OUT_DIR"), "/resourcemanager/operation/update_role.rs"));
    }
}
