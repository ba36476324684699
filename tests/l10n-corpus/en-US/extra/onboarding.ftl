onboarding-start = Start
onboarding-next = Next
