beta-feature = Try the new feature
