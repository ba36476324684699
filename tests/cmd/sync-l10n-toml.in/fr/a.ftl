a = A-fr
