pour--title = Comment verser
