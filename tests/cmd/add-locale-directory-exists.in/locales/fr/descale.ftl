### Traduction française du guide « descale ».

# Guide title
descale--title = Comment détartrer votre bouilloire { -brand }

## Méthode : vinaigre

# Method title
descale--vinegar--title = Au vinaigre blanc

# Relu par Camille.
descale--vinegar--fill = Remplissez la bouilloire à moitié d’eau et de vinaigre blanc, à parts égales.

# Step 9 (removed from the guide)
# descale--vinegar--shake = Shake the kettle.

# Step 2 of 3
# descale--vinegar--boil = Boil the mixture, then let it stand for an hour.

# Note de l’équipe : ancienne étape, supprimée du guide.
descale--vinegar--scrub = Frottez l’intérieur avec une brosse.

# A note for the team: keep the tone friendly.
