onboarding-start = Los
