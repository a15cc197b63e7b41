-- The schema and migrations history of a database made by the site of 2026-12-02, the last with hand-written migrations.
CREATE TABLE "ActionComments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionComments" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "ActionKey" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_ActionComments_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "ActionPlanVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionPlanVersions" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Actions" TEXT NOT NULL,
    "SavedUtc" TEXT NOT NULL,
    "SavedBy" TEXT NOT NULL,
    CONSTRAINT "FK_ActionPlanVersions_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "ConcurrencyStamp" TEXT NULL,
    "Description" TEXT NOT NULL,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL
);
CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "AccessFailedCount" INTEGER NOT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "DisplayName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "PasswordHash" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "PreferredCulture" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "UserName" TEXT NULL
, "Hub" TEXT NULL, "LastSignInUtc" TEXT NULL);
CREATE TABLE "AuditRatings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditRatings" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "CriterionId" INTEGER NOT NULL,
    "Rating" INTEGER NOT NULL,
    "Note" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_AuditRatings_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AwardHolders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AwardHolders" PRIMARY KEY AUTOINCREMENT,
    "AwardedOn" TEXT NOT NULL,
    "ExpiresOn" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Region" TEXT NOT NULL,
    "SchoolName" TEXT NOT NULL,
    "Season" TEXT NOT NULL,
    "StartYear" INTEGER NOT NULL,
    "Town" TEXT NOT NULL
, "Code" TEXT NULL, "EnrolmentId" INTEGER NULL, "RevokedOn" TEXT NULL, "RevokedReason" TEXT NOT NULL DEFAULT '');
CREATE TABLE "CacheStamps" (
    "Area" TEXT NOT NULL CONSTRAINT "PK_CacheStamps" PRIMARY KEY,
    "Stamp" TEXT NOT NULL
);
CREATE TABLE "ContentItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentItems" PRIMARY KEY AUTOINCREMENT,
    "Author" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Data" TEXT NOT NULL,
    "Deleted" INTEGER NOT NULL,
    "Latest" INTEGER NOT NULL,
    "LocalizationSet" TEXT NOT NULL,
    "ModifiedUtc" TEXT NOT NULL,
    "Owner" TEXT NOT NULL,
    "Published" INTEGER NOT NULL,
    "PublishedUtc" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
, "Hub" TEXT NULL);
CREATE TABLE "Criteria" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Criteria" PRIMARY KEY AUTOINCREMENT,
    "AimKey" TEXT NOT NULL,
    "FrameworkKey" TEXT NOT NULL,
    "LevelKey" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Text" TEXT NOT NULL DEFAULT '{}', "Guidance" TEXT NOT NULL DEFAULT '{}');
CREATE TABLE "EmailOutbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EmailOutbox" PRIMARY KEY,
    "CreatedUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "ReplyTo" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Attachments" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptUtc" TEXT NOT NULL,
    "ClaimToken" TEXT NULL,
    "ClaimedUntilUtc" TEXT NULL,
    "SentUtc" TEXT NULL,
    "LastError" TEXT NULL,
    "MessageId" TEXT NULL
);
CREATE TABLE "Enquiries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Enquiries" PRIMARY KEY AUTOINCREMENT,
    "Address" TEXT NOT NULL,
    "Consent" INTEGER NOT NULL,
    "ContactName" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "EnrolledRound" TEXT NULL,
    "HeardFrom" TEXT NOT NULL,
    "Hub" TEXT NULL,
    "Mark" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Pupils" INTEGER NOT NULL,
    "Reference" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Round" TEXT NOT NULL,
    "SchoolIdentifier" TEXT NOT NULL,
    "SchoolName" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE TABLE "EnquiryNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EnquiryNotes" PRIMARY KEY AUTOINCREMENT,
    "Author" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "EnquiryId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_EnquiryNotes_Enquiries_EnquiryId" FOREIGN KEY ("EnquiryId") REFERENCES "Enquiries" ("Id") ON DELETE CASCADE
);
CREATE TABLE "EnquirySettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EnquirySettings" PRIMARY KEY,
    "BasicSkills" INTEGER NOT NULL,
    "Currency" TEXT NOT NULL,
    "Identifier" TEXT NOT NULL,
    "RetentionMonths" INTEGER NOT NULL,
    "SmallSchoolFee" INTEGER NOT NULL,
    "SmallSchoolPupils" INTEGER NOT NULL,
    "StandardFee" INTEGER NOT NULL
);
CREATE TABLE "Enrolments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Enrolments" PRIMARY KEY AUTOINCREMENT,
    "SchoolId" INTEGER NOT NULL,
    "RoundId" INTEGER NOT NULL,
    "Hub" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Fee" TEXT NOT NULL,
    "Invoice" TEXT NOT NULL,
    "ProposedLevel" TEXT NULL,
    "ConfirmedLevel" TEXT NULL,
    "LevelReason" TEXT NULL,
    "LevelConfirmedUtc" TEXT NULL,
    "LevelConfirmedBy" TEXT NULL,
    "EnquiryId" INTEGER NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Version" TEXT NOT NULL, "Assessor" TEXT NULL,
    CONSTRAINT "FK_Enrolments_Schools_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Schools" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Enrolments_Rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "Rounds" ("Id") ON DELETE RESTRICT
);
CREATE TABLE "Evidence" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Evidence" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "Caption" TEXT NOT NULL,
    "Link" TEXT NULL,
    "FileName" TEXT NULL,
    "OriginalName" TEXT NULL,
    "MediaType" TEXT NULL,
    "Length" INTEGER NOT NULL,
    "CriterionIds" TEXT NOT NULL,
    "AddedBy" TEXT NOT NULL,
    "AddedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Evidence_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Frameworks" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_Frameworks" PRIMARY KEY,
    "Aims" TEXT NOT NULL,
    "Levels" TEXT NOT NULL,
    "Order" INTEGER NOT NULL
, "Name" TEXT NOT NULL DEFAULT '{}', "Assessed" INTEGER NOT NULL DEFAULT 0);
CREATE TABLE "HubAreas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HubAreas" PRIMARY KEY AUTOINCREMENT,
    "Area" TEXT NOT NULL,
    "Hub" TEXT NOT NULL
);
CREATE TABLE "HubLeaderApplications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HubLeaderApplications" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "Organisation" TEXT NOT NULL,
    "Teacher" INTEGER NOT NULL,
    "PreferredHub" TEXT NULL,
    "Answers" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);
CREATE TABLE "HubRegions" (
    "Hub" TEXT NOT NULL CONSTRAINT "PK_HubRegions" PRIMARY KEY,
    "Region" TEXT NOT NULL
);
CREATE TABLE "Media" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Media" PRIMARY KEY AUTOINCREMENT,
    "AltText" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "MediaType" TEXT NOT NULL,
    "OriginalName" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL
, "Width" INTEGER NULL, "Height" INTEGER NULL, "Variants" TEXT NULL);
CREATE TABLE "MentoringSessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MentoringSessions" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "Minutes" INTEGER NOT NULL,
    "Mode" TEXT NOT NULL,
    "Notes" TEXT NOT NULL,
    "LoggedBy" TEXT NOT NULL,
    "LoggedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_MentoringSessions_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "MessageReads" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MessageReads" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "Reader" TEXT NOT NULL,
    "LastReadId" INTEGER NOT NULL,
    CONSTRAINT "FK_MessageReads_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Messages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Messages" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "FromSchool" INTEGER NOT NULL,
    "Author" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "SentUtc" TEXT NOT NULL,
    "FileName" TEXT NULL,
    "OriginalName" TEXT NULL,
    "MediaType" TEXT NULL,
    "Length" INTEGER NOT NULL,
    "HiddenUtc" TEXT NULL,
    "HiddenBy" TEXT NULL,
    CONSTRAINT "FK_Messages_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "Recipient" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ReadUtc" TEXT NULL
);
CREATE TABLE "ProgrammeSettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProgrammeSettings" PRIMARY KEY,
    "MentoringHours" INTEGER NOT NULL
, "AwardYears" INTEGER NOT NULL DEFAULT 3, "PerSchoolPayment" TEXT NOT NULL DEFAULT '300.0', "PerReviewPayment" TEXT NOT NULL DEFAULT '150.0', "PerOnlineReaccreditationPayment" TEXT NOT NULL DEFAULT '100.0', "Version" TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000');
CREATE TABLE "Reflections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reflections" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "CriterionId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "EvidenceIds" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Reflections_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "ReviewConflicts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewConflicts" PRIMARY KEY AUTOINCREMENT,
    "SchoolId" INTEGER NOT NULL,
    "Reviewer" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "DeclaredUtc" TEXT NOT NULL,
    CONSTRAINT "FK_ReviewConflicts_Schools_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Schools" ("Id") ON DELETE CASCADE
);
CREATE TABLE "ReviewFindings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewFindings" PRIMARY KEY AUTOINCREMENT,
    "ReviewId" INTEGER NOT NULL,
    "CriterionId" INTEGER NOT NULL,
    "Met" INTEGER NOT NULL,
    "Comment" TEXT NOT NULL,
    CONSTRAINT "FK_ReviewFindings_Reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "Reviews" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Reviews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reviews" PRIMARY KEY AUTOINCREMENT,
    "EnrolmentId" INTEGER NOT NULL,
    "Reviewer" TEXT NOT NULL,
    "ReviewerName" TEXT NOT NULL,
    "ReviewerHub" TEXT NOT NULL,
    "AssignedUtc" TEXT NOT NULL,
    "AssignedBy" TEXT NOT NULL,
    "RecommendedLevel" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "CompletedUtc" TEXT NULL,
    "WithdrawnUtc" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Reviews_Enrolments_EnrolmentId" FOREIGN KEY ("EnrolmentId") REFERENCES "Enrolments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Rounds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Rounds" PRIMARY KEY AUTOINCREMENT,
    "Number" INTEGER NOT NULL,
    "Season" TEXT NOT NULL,
    "StartYear" INTEGER NOT NULL,
    "FrameworkKey" TEXT NOT NULL,
    "Milestones" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
CREATE TABLE "SchoolContacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SchoolContacts" PRIMARY KEY AUTOINCREMENT,
    "SchoolId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    CONSTRAINT "FK_SchoolContacts_Schools_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Schools" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Schools" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Schools" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Identifier" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Town" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "Phase" TEXT NOT NULL,
    "Pupils" INTEGER NULL,
    "FreeSchoolMealsPercent" TEXT NULL,
    "SmallSchool" INTEGER NOT NULL,
    "Hub" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
CREATE TABLE "SearchChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SearchChanges" PRIMARY KEY AUTOINCREMENT,
    "Source" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Document" TEXT NULL,
    "ChangedUtc" TEXT NOT NULL
);
CREATE TABLE "SearchGlossaryPairs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SearchGlossaryPairs" PRIMARY KEY AUTOINCREMENT,
    "En" TEXT NOT NULL,
    "Cy" TEXT NOT NULL
);
CREATE TABLE "TaxonomyTerms" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TaxonomyTerms" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Taxonomy" TEXT NOT NULL
, "Name" TEXT NOT NULL DEFAULT '{}');
CREATE TABLE "UserAudit" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UserAudit" PRIMARY KEY AUTOINCREMENT,
    "WhenUtc" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);
CREATE TABLE "UserSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UserSessions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);
CREATE TABLE "WebinarRegistrations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebinarRegistrations" PRIMARY KEY AUTOINCREMENT,
    "CancelUrl" TEXT NOT NULL,
    "CancelledUtc" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "PageUrl" TEXT NOT NULL,
    "ReminderSentUtc" TEXT NULL,
    "School" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Token" TEXT NOT NULL,
    "WebinarKey" TEXT NOT NULL
);
CREATE TABLE "WorkflowDefinitions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowDefinitions" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);
CREATE TABLE "WorkflowInstances" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY AUTOINCREMENT,
    "Definition" TEXT NOT NULL,
    "DefinitionVersion" INTEGER NOT NULL,
    "SubjectType" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "StartedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
CREATE TABLE "WorkflowSteps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowSteps" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "Transition" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    "Comment" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL, "Values" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "FK_WorkflowSteps_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
CREATE TABLE "WorkflowTimerFirings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowTimerFirings" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "Timer" TEXT NOT NULL,
    "Since" TEXT NOT NULL,
    "FiredUtc" TEXT NOT NULL,
    CONSTRAINT "FK_WorkflowTimerFirings_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE "__Migrations_AwardsDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_AwardsDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_CacheStampsDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_CacheStampsDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_ContentDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_ContentDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_CriteriaDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_CriteriaDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_EnquiriesDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_EnquiriesDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_OutboxDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_OutboxDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_ProgrammeDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_ProgrammeDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_SearchDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_SearchDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_UsersDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_UsersDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_WebinarsDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_WebinarsDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE "__Migrations_WorkflowsDbContext" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___Migrations_WorkflowsDbContext" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE INDEX "IX_ActionComments_EnrolmentId" ON "ActionComments" ("EnrolmentId");
CREATE UNIQUE INDEX "IX_ActionPlanVersions_EnrolmentId_Number" ON "ActionPlanVersions" ("EnrolmentId", "Number");
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE UNIQUE INDEX "IX_AuditRatings_EnrolmentId_CriterionId" ON "AuditRatings" ("EnrolmentId", "CriterionId");
CREATE UNIQUE INDEX "IX_AwardHolders_Code" ON "AwardHolders" ("Code");
CREATE INDEX "IX_AwardHolders_EnrolmentId" ON "AwardHolders" ("EnrolmentId");
CREATE INDEX "IX_AwardHolders_ExpiresOn" ON "AwardHolders" ("ExpiresOn");
CREATE UNIQUE INDEX "IX_AwardHolders_SchoolName_Season_StartYear" ON "AwardHolders" ("SchoolName", "Season", "StartYear");
CREATE INDEX "IX_ContentItems_Hub" ON "ContentItems" ("Hub", "ContentType");
CREATE UNIQUE INDEX "IX_ContentItems_Latest" ON "ContentItems" ("ContentItemId") WHERE "Latest" = TRUE;
CREATE INDEX "IX_ContentItems_LocalizationSet" ON "ContentItems" ("LocalizationSet");
CREATE UNIQUE INDEX "IX_ContentItems_Slug" ON "ContentItems" ("Culture", "Slug") WHERE "Latest" = TRUE AND "Deleted" = FALSE;
CREATE INDEX "IX_ContentItems_Type" ON "ContentItems" ("ContentType", "Culture", "Published");
CREATE UNIQUE INDEX "IX_ContentItems_Version" ON "ContentItems" ("ContentItemId", "Version");
CREATE UNIQUE INDEX "IX_Criteria_FrameworkKey_LevelKey_Number" ON "Criteria" ("FrameworkKey", "LevelKey", "Number");
CREATE INDEX "IX_EmailOutbox_Status_NextAttemptUtc" ON "EmailOutbox" ("Status", "NextAttemptUtc");
CREATE INDEX "IX_Enquiries_Email" ON "Enquiries" ("NormalizedEmail", "CreatedUtc");
CREATE INDEX "IX_Enquiries_Hub" ON "Enquiries" ("Hub", "Status", "CreatedUtc");
CREATE UNIQUE INDEX "IX_Enquiries_Reference" ON "Enquiries" ("Reference");
CREATE INDEX "IX_EnquiryNotes_EnquiryId" ON "EnquiryNotes" ("EnquiryId");
CREATE INDEX "IX_Enrolments_Assessor" ON "Enrolments" ("Assessor");
CREATE INDEX "IX_Enrolments_RoundId_Hub" ON "Enrolments" ("RoundId", "Hub");
CREATE UNIQUE INDEX "IX_Enrolments_SchoolId_RoundId" ON "Enrolments" ("SchoolId", "RoundId");
CREATE INDEX "IX_Evidence_EnrolmentId" ON "Evidence" ("EnrolmentId");
CREATE UNIQUE INDEX "IX_HubAreas_Area" ON "HubAreas" ("Area");
CREATE INDEX "IX_HubLeaderApplications_NormalizedEmail" ON "HubLeaderApplications" ("NormalizedEmail");
CREATE UNIQUE INDEX "IX_HubLeaderApplications_Reference" ON "HubLeaderApplications" ("Reference");
CREATE UNIQUE INDEX "IX_Media_FileName" ON "Media" ("FileName");
CREATE INDEX "IX_MentoringSessions_EnrolmentId" ON "MentoringSessions" ("EnrolmentId");
CREATE UNIQUE INDEX "IX_MessageReads_EnrolmentId_Reader" ON "MessageReads" ("EnrolmentId", "Reader");
CREATE INDEX "IX_Messages_EnrolmentId" ON "Messages" ("EnrolmentId");
CREATE INDEX "IX_Notifications_Recipient_ReadUtc" ON "Notifications" ("Recipient", "ReadUtc");
CREATE UNIQUE INDEX "IX_Reflections_EnrolmentId_CriterionId" ON "Reflections" ("EnrolmentId", "CriterionId");
CREATE UNIQUE INDEX "IX_ReviewConflicts_SchoolId_Reviewer" ON "ReviewConflicts" ("SchoolId", "Reviewer");
CREATE UNIQUE INDEX "IX_ReviewFindings_ReviewId_CriterionId" ON "ReviewFindings" ("ReviewId", "CriterionId");
CREATE INDEX "IX_Reviews_EnrolmentId" ON "Reviews" ("EnrolmentId");
CREATE INDEX "IX_Reviews_Reviewer" ON "Reviews" ("Reviewer");
CREATE UNIQUE INDEX "IX_Rounds_FrameworkKey_Number" ON "Rounds" ("FrameworkKey", "Number");
CREATE INDEX "IX_SchoolContacts_NormalizedEmail" ON "SchoolContacts" ("NormalizedEmail");
CREATE INDEX "IX_SchoolContacts_SchoolId" ON "SchoolContacts" ("SchoolId");
CREATE INDEX "IX_Schools_Hub" ON "Schools" ("Hub");
CREATE INDEX "IX_Schools_Identifier" ON "Schools" ("Identifier");
CREATE INDEX "IX_SearchChanges_ChangedUtc" ON "SearchChanges" ("ChangedUtc");
CREATE UNIQUE INDEX "IX_TaxonomyTerms_Taxonomy_Key" ON "TaxonomyTerms" ("Taxonomy", "Key");
CREATE INDEX "IX_UserAudit_Subject" ON "UserAudit" ("Subject");
CREATE INDEX "IX_UserAudit_WhenUtc" ON "UserAudit" ("WhenUtc");
CREATE INDEX "IX_UserSessions_UserId" ON "UserSessions" ("UserId");
CREATE UNIQUE INDEX "IX_WebinarRegistrations_Email" ON "WebinarRegistrations" ("WebinarKey", "NormalizedEmail") WHERE "Status" <> 2;
CREATE UNIQUE INDEX "IX_WebinarRegistrations_Token" ON "WebinarRegistrations" ("Token");
CREATE INDEX "IX_WebinarRegistrations_Webinar" ON "WebinarRegistrations" ("WebinarKey", "Status", "CreatedUtc");
CREATE UNIQUE INDEX "IX_WorkflowDefinitions_Key_Version" ON "WorkflowDefinitions" ("Key", "Version");
CREATE INDEX "IX_WorkflowInstances_Definition_State" ON "WorkflowInstances" ("Definition", "State");
CREATE UNIQUE INDEX "IX_WorkflowInstances_Definition_SubjectType_SubjectId" ON "WorkflowInstances" ("Definition", "SubjectType", "SubjectId");
CREATE INDEX "IX_WorkflowSteps_InstanceId" ON "WorkflowSteps" ("InstanceId");
CREATE UNIQUE INDEX "IX_WorkflowTimerFirings_InstanceId_State_Timer_Since" ON "WorkflowTimerFirings" ("InstanceId", "State", "Timer", "Since");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
INSERT INTO "__Migrations_AwardsDbContext" VALUES ('20261122000400_AwardsInitial', '10.0.14');
INSERT INTO "__Migrations_AwardsDbContext" VALUES ('20261202000900_AwardRounds', '10.0.14');
INSERT INTO "__Migrations_AwardsDbContext" VALUES ('20261203000300_Certificates', '10.0.14');
INSERT INTO "__Migrations_CacheStampsDbContext" VALUES ('20261201000300_CacheStamps', '10.0.14');
INSERT INTO "__Migrations_ContentDbContext" VALUES ('20261122000200_ContentInitial', '10.0.14');
INSERT INTO "__Migrations_ContentDbContext" VALUES ('20261122000300_ContentHub', '10.0.14');
INSERT INTO "__Migrations_ContentDbContext" VALUES ('20261202000000_TaxonomyTermNames', '10.0.14');
INSERT INTO "__Migrations_ContentDbContext" VALUES ('20261203000000_MediaImageSize', '10.0.14');
INSERT INTO "__Migrations_CriteriaDbContext" VALUES ('20261122000300_CriteriaInitial', '10.0.14');
INSERT INTO "__Migrations_CriteriaDbContext" VALUES ('20261202000800_FrameworkTexts', '10.0.14');
INSERT INTO "__Migrations_EnquiriesDbContext" VALUES ('20261122000600_EnquiriesInitial', '10.0.14');
INSERT INTO "__Migrations_EnquiriesDbContext" VALUES ('20261122000700_HubRegions', '10.0.14');
INSERT INTO "__Migrations_OutboxDbContext" VALUES ('20261201000200_EmailOutbox', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261202000100_ProgrammeInitial', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261202000200_ProgrammeSettings', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261202000300_Mentoring', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261202000400_ActionPlans', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261202000500_Evidence', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261202000600_Reflections', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261202000700_Messages', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261202000800_Assessors', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261203000200_Reviews', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261203000600_HubPayments', '10.0.14');
INSERT INTO "__Migrations_ProgrammeDbContext" VALUES ('20261204000100_HubLeaderApplications', '10.0.14');
INSERT INTO "__Migrations_SearchDbContext" VALUES ('20261205000100_SearchChangeLog', '10.0.14');
INSERT INTO "__Migrations_UsersDbContext" VALUES ('20261122000100_UsersInitial', '10.0.14');
INSERT INTO "__Migrations_UsersDbContext" VALUES ('20261122000400_UserHub', '10.0.14');
INSERT INTO "__Migrations_UsersDbContext" VALUES ('20261201000100_UserSessions', '10.0.14');
INSERT INTO "__Migrations_UsersDbContext" VALUES ('20261201000400_UserAudit', '10.0.14');
INSERT INTO "__Migrations_UsersDbContext" VALUES ('20261203000500_Notifications', '10.0.14');
INSERT INTO "__Migrations_WebinarsDbContext" VALUES ('20261122000500_WebinarsInitial', '10.0.14');
INSERT INTO "__Migrations_WorkflowsDbContext" VALUES ('20261202001000_WorkflowsInitial', '10.0.14');
INSERT INTO "__Migrations_WorkflowsDbContext" VALUES ('20261203000100_StepValues', '10.0.14');
INSERT INTO "__Migrations_WorkflowsDbContext" VALUES ('20261203000400_TimerFirings', '10.0.14');
INSERT INTO "__Migrations_WorkflowsDbContext" VALUES ('20261203000700_OneInstancePerSubject', '10.0.14');
